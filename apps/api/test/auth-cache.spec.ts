import { jest } from '@jest/globals';
import type { Repository } from 'typeorm';
import { AccessCache } from '../src/identity/access-cache.js';
import { AccessService } from '../src/identity/access.service.js';
import { CompoundResolver } from '../src/place/place.resolvers.js';
import { AccessChange } from '../src/identity/access-change.entity.js';
import { Session } from '../src/identity/session.entity.js';
import { expectError, startTestApp, type TestApp } from './test-app.js';

// The cache on, as in production; a long poll interval so the test drives the poll itself.
let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({ env: { AUTH_CACHE_SECONDS: '60', AUTH_CHANGE_POLL_MS: '60000' } });
}, 60_000);
afterAll(() => t.close());

test('a signed-in request after the first asks the database nothing about the session or its grants', async () => {
  const token = await t.login('demo-resident');
  expect((await t.http('GET', '/api/me/sessions', { token })).status).toBe(200);
  // The session-and-grants look-up is AccessService's only query; it is not made again.
  const sessions = (t.app.get(AccessService) as unknown as { sessions: Repository<Session> }).sessions;
  const lookups = jest.spyOn(sessions, 'createQueryBuilder');
  for (let i = 0; i < 5; i++) expect((await t.http('GET', '/api/me/sessions', { token })).status).toBe(200);
  expect(lookups).not.toHaveBeenCalled();
  lookups.mockRestore();
});

test('logout and ending a session take effect at once', async () => {
  const token = await t.login('demo-owner');
  expect((await t.http('GET', '/api/me', { token })).status).toBe(200);
  expect((await t.http('POST', '/api/auth/logout', { token })).status).toBeLessThan(300);
  expectError(await t.http('GET', '/api/me', { token }), 401, 'UNAUTHENTICATED');
});

test('a role taken away through the API applies to the next request, though the session was cached', async () => {
  const admin = await t.login('demo-community-admin');
  const property = await t.login('demo-property');
  const jinxiu = t.demo!.compoundIds.jinxiu;
  expect(
    (await t.http('GET', `/api/compounds/${jinxiu}/account-disclosures?include=drafts`, { token: property })).status,
  ).toBe(200);
  const me = await t.http<{ id: number }>('GET', '/api/me', { token: property });
  expect(
    (await t.http('DELETE', `/api/compounds/${jinxiu}/staff/${me.body.id}/property_staff`, { token: admin })).status,
  ).toBe(200);
  const answer = await t.http('POST', `/api/compounds/${jinxiu}/account-disclosures`, {
    token: property,
    json: { periodKey: '2025-05' },
  });
  expectError(answer, 403, 'FORBIDDEN');
});

test('a change recorded by another replica reaches this one on its next poll', async () => {
  const token = await t.login('demo-supervisor');
  expect((await t.http('GET', '/api/me', { token })).status).toBe(200);
  // Another replica ended the session and recorded the change: this one still has the session cached…
  const me = await t.http<{ id: number }>('GET', '/api/me', { token });
  await t.dataSource.getRepository(Session).delete({ personId: me.body.id });
  expect((await t.http('GET', '/api/me', { token })).status).toBe(200);
  await t.dataSource.getRepository(AccessChange).insert({ personId: me.body.id });
  // …until its poll reads the change.
  await t.app.get(AccessCache).poll();
  expectError(await t.http('GET', '/api/me', { token }), 401, 'UNAUTHENTICATED');
});

test('an expired session is refused even while cached', async () => {
  const cache = t.app.get(AccessCache);
  cache.set('h'.repeat(64), { personId: 1, grants: [] }, new Date(Date.now() - 1));
  expect(cache.get('h'.repeat(64))).toBeNull();
});

test('the place a route acts on is found once, then kept', async () => {
  const token = await t.login('demo-resident');
  // A compound not asked about before in this file: its look-up happens exactly once, refused or not.
  const other = t.demo!.compoundIds.cuiliu;
  const finds = jest.spyOn(CompoundResolver.prototype, 'resolvePlace');
  for (let i = 0; i < 5; i++)
    expectError(await t.http('GET', `/api/compounds/${other}/account-disclosures`, { token }), 403, 'FORBIDDEN');
  expect(finds).toHaveBeenCalledTimes(1);
  // A place that does not exist is never kept: asked each time, refused each time.
  for (let i = 0; i < 2; i++)
    expectError(await t.http('GET', '/api/compounds/999999/account-disclosures', { token }), 404, 'NOT_FOUND');
  expect(finds).toHaveBeenCalledTimes(3);
  finds.mockRestore();
});

test('a change that commits after a later one (a lower id seen late) still reaches the replica', async () => {
  const token = await t.login('demo-grid');
  const me = await t.http<{ id: number }>('GET', '/api/me', { token });
  const cache = t.app.get(AccessCache);
  const changes = t.dataSource.getRepository(AccessChange);
  await changes.insert({ id: 10_000, personId: 999_999 });
  await cache.poll();
  await t.dataSource.getRepository(Session).delete({ personId: me.body.id });
  expect((await t.http('GET', '/api/me', { token })).status).toBe(200); // still cached
  await changes.insert({ id: 9_990, personId: me.body.id });
  await cache.poll();
  expectError(await t.http('GET', '/api/me', { token }), 401, 'UNAUTHENTICATED');
});
