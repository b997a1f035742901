import type { MeResponse } from '@xiaoqu/shared';
import { RoleGrant } from '../src/identity/role-grant.entity.js';
import type { SessionView } from '../src/identity/session.service.js';
import { expectError, startTestApp, type TestApp } from './test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
}, 60_000); // starting and seeding an app takes seconds on a busy machine
afterAll(() => t.close());

const me = (token: string) => t.http<MeResponse>('GET', '/api/me', { token });
const sessions = (token: string) => t.http<SessionView[]>('GET', '/api/me/sessions', { token });

test('logout revokes the token at once', async () => {
  const token = await t.login('s-logout');
  expect((await me(token)).status).toBe(200);
  expect((await t.http('POST', '/api/auth/logout', { token })).status).toBe(204);
  expectError(await me(token), 401, 'UNAUTHENTICATED');
  expectError(await t.http('POST', '/api/auth/logout', { token }), 401, 'UNAUTHENTICATED');
});

test('a person lists their sessions, the current one marked, and ends another one', async () => {
  const phone = await t.login('s-two-devices');
  const tablet = await t.login('s-two-devices');
  const listed = await sessions(phone);
  expect(listed.status).toBe(200);
  expect(listed.body).toHaveLength(2);
  expect(listed.body.filter((s) => s.current)).toHaveLength(1);
  for (const s of listed.body) {
    expect(Object.keys(s).sort()).toEqual(['createdAt', 'current', 'expiresAt', 'id']);
    expect(Date.parse(s.expiresAt)).toBeGreaterThan(Date.now());
  }

  const other = listed.body.find((s) => !s.current)!;
  expect((await t.http('DELETE', `/api/me/sessions/${other.id}`, { token: phone })).status).toBe(204);
  expectError(await me(tablet), 401, 'UNAUTHENTICATED');
  expect((await me(phone)).status).toBe(200);
  expect((await sessions(phone)).body.map((s) => s.current)).toEqual([true]);
});

test("someone else's session cannot be seen or ended", async () => {
  const mine = await t.login('s-owner-of-session');
  const theirs = await t.login('s-intruder');
  const [session] = (await sessions(mine)).body;
  expect((await sessions(theirs)).body.map((s) => s.id)).not.toContain(session.id);
  expectError(await t.http('DELETE', `/api/me/sessions/${session.id}`, { token: theirs }), 404, 'NOT_FOUND');
  expect((await me(mine)).status).toBe(200);
  expectError(await t.http('DELETE', '/api/me/sessions/abc', { token: mine }), 400, 'VALIDATION_FAILED');
  expectError(await t.http('GET', '/api/me/sessions'), 401, 'UNAUTHENTICATED');
});

test('a role taken away applies to the next request of a session already open', async () => {
  const admin = await t.login('demo-community-admin');
  expect((await t.http('GET', '/api/admin/claims', { token: admin })).status).toBe(200);
  const { id: personId } = (await me(admin)).body;
  const grants = t.dataSource.getRepository(RoleGrant);
  const taken = await grants.findBy({ personId, role: 'community_admin' });
  expect(taken.length).toBeGreaterThan(0);
  await grants.delete({ personId, role: 'community_admin' });
  expectError(await t.http('GET', '/api/admin/claims', { token: admin }), 403, 'FORBIDDEN');
  expect((await me(admin)).body.roles.map((r) => r.role)).not.toContain('community_admin');
});
