import { execFileSync } from 'node:child_process';
import { request } from 'node:http';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { startTestApp, type TestApp } from './test-app.js';

const PRECOMPRESS = join(import.meta.dirname, '..', '..', 'miniprogram', 'scripts', 'precompress.mjs');
// Big enough for the build script to compress (it skips files under 1 KB).
const APP_JS = `console.log(${JSON.stringify('小区共治 '.repeat(400))});\n`;
const PAGE_CSS = `.page{color:#0b6e4f}\n`.repeat(100);

let t: TestApp;
const dir = mkdtempSync(join(tmpdir(), 'xiaoqu-h5-'));
beforeAll(async () => {
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>小区共治</title>');
  mkdirSync(join(dir, 'js'));
  mkdirSync(join(dir, 'css'));
  writeFileSync(join(dir, 'js', 'app.3f2a1b9c.js'), APP_JS);
  writeFileSync(join(dir, 'css', 'page.0a1b2c3d.css'), PAGE_CSS);
  writeFileSync(join(dir, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  // What `npm run build:h5` ends with: .br and .gz beside each text file worth compressing.
  execFileSync(process.execPath, [PRECOMPRESS, dir]);
  // A build whose brotli variant of one file is missing: the next accepted encoding is sent.
  rmSync(join(dir, 'css', 'page.0a1b2c3d.css.br'));
  t = await startTestApp({ seed: false, env: { H5_DIR: dir } });
});
afterAll(async () => {
  await t.close();
  rmSync(dir, { recursive: true, force: true });
});

/** A GET with the raw bytes as sent (fetch would undo the content encoding). */
function get(path: string, acceptEncoding?: string) {
  return new Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }>(
    (done, fail) => {
      const headers = acceptEncoding === undefined ? {} : { 'accept-encoding': acceptEncoding };
      request(`${t.url}${path}`, { headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => done({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
        res.on('error', fail);
      })
        .on('error', fail)
        .end();
    },
  );
}

test('the h5 demo is served, a file built after start-up included, and the API keeps its own 404s', async () => {
  const index = await fetch(`${t.url}/`);
  expect(index.status).toBe(200);
  expect(await index.text()).toContain('小区共治');
  // A rebuild while the API runs writes new hashed files: they are served without a restart.
  writeFileSync(join(dir, 'app.0123abcd.js'), 'console.log(1)');
  const rebuilt = await fetch(`${t.url}/app.0123abcd.js`);
  expect(rebuilt.status).toBe(200);
  expect(rebuilt.headers.get('content-type')).toContain('javascript');
  const missing = await t.http<{ code: string }>('GET', '/api/no-such-route');
  expect(missing.status).toBe(404);
  expect(missing.body.code).toBe('NOT_FOUND');
  expect((await fetch(`${t.url}/no-such-file.js`)).status).toBe(404);
});

test('a browser accepting brotli gets the brotli file, one accepting gzip the gzip file, others the plain file', async () => {
  const br = await get('/js/app.3f2a1b9c.js', 'gzip, deflate, br');
  expect(br.status).toBe(200);
  expect(br.headers['content-encoding']).toBe('br');
  expect(br.headers['content-type']).toContain('javascript');
  expect(br.headers.vary).toMatch(/accept-encoding/i);
  expect(br.body.length).toBeLessThan(Buffer.byteLength(APP_JS) / 4);
  expect(brotliDecompressSync(br.body).toString()).toBe(APP_JS);

  const gzip = await get('/js/app.3f2a1b9c.js', 'gzip');
  expect(gzip.headers['content-encoding']).toBe('gzip');
  expect(gzip.headers['content-type']).toContain('javascript');
  expect(gzip.headers.vary).toMatch(/accept-encoding/i);
  expect(gunzipSync(gzip.body).toString()).toBe(APP_JS);

  for (const accept of [undefined, 'identity']) {
    const plain = await get('/js/app.3f2a1b9c.js', accept);
    expect(plain.headers['content-encoding']).toBeUndefined();
    // The plain answer varies on Accept-Encoding too: a shared cache must not hand it to a brotli browser.
    expect(plain.headers.vary).toMatch(/accept-encoding/i);
    expect(plain.body.toString()).toBe(APP_JS);
  }
});

test('a missing compressed variant falls back to the next one, then to the plain file', async () => {
  const css = await get('/css/page.0a1b2c3d.css', 'br, gzip');
  expect(css.headers['content-encoding']).toBe('gzip');
  expect(css.headers['content-type']).toContain('text/css');
  expect(gunzipSync(css.body).toString()).toBe(PAGE_CSS);
  const brOnly = await get('/css/page.0a1b2c3d.css', 'br');
  expect(brOnly.status).toBe(200);
  expect(brOnly.headers['content-encoding']).toBeUndefined();
  expect(brOnly.body.toString()).toBe(PAGE_CSS);
  // index.html is too small to compress and a build made before precompression has no variants at all.
  const index = await get('/', 'gzip, deflate, br');
  expect(index.status).toBe(200);
  expect(index.headers['content-encoding']).toBeUndefined();
  expect(index.body.toString()).toContain('小区共治');
});

test('hashed files are cached for a year as immutable, index.html and unhashed files are revalidated', async () => {
  for (const [path, accept] of [
    ['/js/app.3f2a1b9c.js', 'br'],
    ['/js/app.3f2a1b9c.js', 'gzip'],
    ['/js/app.3f2a1b9c.js', undefined],
    ['/css/page.0a1b2c3d.css', 'br'],
  ] as const) {
    expect({ path, accept, cache: (await get(path, accept)).headers['cache-control'] }).toEqual({
      path,
      accept,
      cache: 'public, max-age=31536000, immutable',
    });
  }
  for (const path of ['/', '/index.html', '/favicon.svg']) {
    expect({ path, cache: (await get(path, 'br')).headers['cache-control'] }).toEqual({ path, cache: 'no-cache' });
  }
  // The API's own answers keep their caching (health sets none).
  const health = await get('/api/health', 'br');
  expect(health.headers['cache-control']).toBeUndefined();
  expect(health.headers['content-encoding']).toBeUndefined();
});
