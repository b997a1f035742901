import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startTestApp, type TestApp } from './test-app.js';

let t: TestApp;
const dir = mkdtempSync(join(tmpdir(), 'xiaoqu-h5-'));
beforeAll(async () => {
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>小区共治</title>');
  t = await startTestApp({ seed: false, env: { H5_DIR: dir } });
});
afterAll(async () => {
  await t.close();
  rmSync(dir, { recursive: true, force: true });
});

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
