import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startTestApp, type TestApp } from './test-app.js';

const INLINE_SCRIPT = '!function(n){n.document.documentElement.style.fontSize="20px"}(window);';

describe('security headers and caching', () => {
  let t: TestApp;
  const dir = mkdtempSync(join(tmpdir(), 'xiaoqu-h5-'));
  beforeAll(async () => {
    writeFileSync(
      join(dir, 'index.html'),
      `<!doctype html><title>小区共治</title><script>${INLINE_SCRIPT}</script><script defer src="/js/app.js"></script>`,
    );
    t = await startTestApp({ env: { H5_DIR: dir } });
  });
  afterAll(async () => {
    await t.close();
    rmSync(dir, { recursive: true, force: true });
  });

  test('every answer carries HSTS, nosniff, frame denial and a CSP allowing only the h5 build and its own script', async () => {
    for (const path of ['/', '/api/health', '/api/no-such-route']) {
      const { headers } = await fetch(`${t.url}${path}`);
      expect(headers.get('strict-transport-security')).toMatch(/max-age=\d{6,}/);
      expect(headers.get('x-content-type-options')).toBe('nosniff');
      expect(headers.get('x-frame-options')).toBe('DENY');
      const csp = headers.get('content-security-policy') ?? '';
      expect(csp).toContain("default-src 'self'");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).toContain("object-src 'none'");
      // The inline root font-size script of Taro's index.html runs by its hash, and the tab bar's `javascript:;`
      // links by theirs ('unsafe-hashes' lets a hash name a javascript: URL); no other inline script runs.
      const hash = (code: string) => `'sha256-${createHash('sha256').update(code).digest('base64')}'`;
      const scriptSrc = /script-src ([^;]*)/.exec(csp)?.[1].split(' ');
      expect(scriptSrc).toEqual(["'self'", "'unsafe-hashes'", hash('javascript:;'), hash(INLINE_SCRIPT)]);
      expect(scriptSrc).not.toContain("'unsafe-inline'");
    }
  });

  test('personal answers are never cached: /api/me, rosters, claims, any signed-in GET', async () => {
    const owner = await t.login('demo-owner');
    const admin = await t.login('demo-community-admin');
    const compoundId = t.demo!.compoundIds.jinxiu;
    for (const [token, path] of [
      [owner, '/api/me'],
      [owner, '/api/claims/mine'],
      [admin, '/api/admin/claims'],
      [admin, `/api/compounds/${compoundId}/roster`],
      [owner, '/api/no-such-route'],
    ] as const) {
      const answer = await t.http('GET', path, { token });
      expect({ path, status: answer.status < 500, cache: answer.headers.get('cache-control') }).toEqual({
        path,
        status: true,
        cache: 'no-store',
      });
    }
    // Public open data may be cached by whoever wants to.
    expect((await t.http('GET', '/api/health')).headers.get('cache-control')).not.toBe('no-store');
  });

  test('the OpenAPI UI and JSON are served outside production', async () => {
    expect((await t.http('GET', '/api/docs-json')).status).toBe(200);
  });
});

describe('OpenAPI in production', () => {
  const production = { NODE_ENV: 'production', AUTH_DEV_LOGIN: '', WECHAT_APPID: 'wx-test', WECHAT_SECRET: 'secret' };

  test('off unless API_DOCS turns it on', async () => {
    const off = await startTestApp({ seed: false, env: production });
    try {
      for (const path of ['/api/docs', '/api/docs-json']) {
        const answer = await off.http('GET', path);
        expect(answer.status).toBe(404);
        expect(answer.body).toMatchObject({ code: 'NOT_FOUND', requestId: expect.any(String) });
      }
    } finally {
      await off.close();
    }
    const on = await startTestApp({ seed: false, env: { ...production, API_DOCS: '1' } });
    try {
      expect((await on.http('GET', '/api/docs-json')).status).toBe(200);
    } finally {
      await on.close();
    }
  });
});
