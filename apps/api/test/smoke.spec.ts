import { startTestApp, type TestApp } from './test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

test('health answers when the database does', async () => {
  const answer = await t.http('GET', '/api/health');
  expect(answer.status).toBe(200);
  expect(answer.body).toEqual({ status: 'ok', database: 'up' });
});
