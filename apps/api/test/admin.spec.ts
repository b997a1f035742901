import type { GridView, MeResponse, MemberView } from '@xiaoqu/shared';
import { expectError, startTestApp, type TestApp } from './test-app.js';

let t: TestApp;
let compound1: number;
let admin: string;

beforeAll(async () => {
  t = await startTestApp();
  compound1 = t.demo!.compoundIds.jinxiu;
  admin = await t.login('demo-community-admin');
});
afterAll(() => t.close());

const personIdOf = async (openid: string) =>
  (await t.http<MeResponse>('GET', '/api/me', { token: await t.login(openid) })).body.id;

test('members of a compound: names for the admin, phones masked', async () => {
  const members = await t.http<MemberView[]>('GET', `/api/compounds/${compound1}/members`, { token: admin });
  const property = members.body.find((m) => m.roles.includes('property_staff'));
  expect(property).toMatchObject({ name: '刘物业', phone: '138****3333' });
});

test('the community admin grants and revokes compound staff roles', async () => {
  const newcomer = await personIdOf('o-new-staff');
  const granted = await t.http<MemberView[]>('PUT', `/api/compounds/${compound1}/staff`, {
    token: admin,
    json: { personId: newcomer, role: 'supervisor' },
  });
  expect(granted.status).toBe(200);
  expect(granted.body.find((m) => m.personId === newcomer)?.roles).toEqual(['supervisor']);
  // granting twice changes nothing
  const twice = await t.http<MemberView[]>('PUT', `/api/compounds/${compound1}/staff`, {
    token: admin,
    json: { personId: newcomer, role: 'supervisor' },
  });
  expect(twice.body.filter((m) => m.personId === newcomer)).toHaveLength(1);
  const me = await t.http<MeResponse>('GET', '/api/me', { token: await t.login('o-new-staff') });
  expect(me.body.roles).toEqual([
    expect.objectContaining({ role: 'supervisor', place: expect.objectContaining({ id: compound1 }) }),
  ]);

  const revoked = await t.http<MemberView[]>('DELETE', `/api/compounds/${compound1}/staff/${newcomer}/supervisor`, {
    token: admin,
  });
  expect(revoked.body.find((m) => m.personId === newcomer)).toBeUndefined();
  expectError(
    await t.http('DELETE', `/api/compounds/${compound1}/staff/${newcomer}/supervisor`, { token: admin }),
    404,
    'NOT_FOUND',
  );
});

test('only staff roles can be granted this way', async () => {
  const someone = await personIdOf('o-ambitious');
  expectError(
    await t.http('PUT', `/api/compounds/${compound1}/staff`, {
      token: admin,
      json: { personId: someone, role: 'community_admin' },
    }),
    400,
    'VALIDATION_FAILED',
  );
  expectError(
    await t.http('PUT', `/api/compounds/${compound1}/staff`, {
      token: admin,
      json: { personId: someone, role: 'owner' },
    }),
    400,
    'VALIDATION_FAILED',
  );
  expectError(
    await t.http('DELETE', `/api/compounds/${compound1}/staff/${someone}/owner`, { token: admin }),
    400,
    'GRANT_NOT_ALLOWED',
  );
  expectError(
    await t.http('PUT', `/api/compounds/${compound1}/staff`, {
      token: admin,
      json: { personId: 999999, role: 'supervisor' },
    }),
    404,
    'NOT_FOUND',
  );
});

test('grid workers are assigned to grids; the grid worker then sees their grid', async () => {
  const grids = await t.http<GridView[]>('GET', `/api/compounds/${compound1}/grids`, { token: admin });
  expect(grids.body.filter((g) => g.kind === 'general')).toHaveLength(1);
  const micro = grids.body.filter((g) => g.kind === 'micro');
  expect(micro).toHaveLength(10);
  expect(micro.find((g) => g.name === '3栋微网格')?.workers.map((w) => w.name)).toEqual(['陈网格']);

  const worker = await personIdOf('o-new-grid-worker');
  const target = micro[0];
  const assigned = await t.http<GridView[]>('PUT', `/api/grids/${target.id}/workers/${worker}`, { token: admin });
  expect(assigned.body.find((g) => g.id === target.id)?.workers.map((w) => w.personId)).toContain(worker);
  const me = await t.http<MeResponse>('GET', '/api/me', { token: await t.login('o-new-grid-worker') });
  expect(me.body.roles).toEqual([
    expect.objectContaining({ role: 'grid_worker', grid: { id: target.id, name: target.name, kind: 'micro' } }),
  ]);
  const unassigned = await t.http<GridView[]>('DELETE', `/api/grids/${target.id}/workers/${worker}`, { token: admin });
  expect(unassigned.body.find((g) => g.id === target.id)?.workers.map((w) => w.personId)).not.toContain(worker);
});

test('staff work is refused outside the admin’s places and to non-admins', async () => {
  const someone = await personIdOf('o-outsider');
  const cuiliu = t.demo!.compoundIds.cuiliu;
  expectError(
    await t.http('PUT', `/api/compounds/${cuiliu}/staff`, {
      token: admin,
      json: { personId: someone, role: 'supervisor' },
    }),
    403,
    'FORBIDDEN',
  );
  const otherGrids = await t.http<GridView[]>('GET', `/api/compounds/${cuiliu}/grids`, {
    token: await t.login('demo-street-admin'),
  });
  expectError(
    await t.http('PUT', `/api/grids/${otherGrids.body[0].id}/workers/${someone}`, { token: admin }),
    403,
    'FORBIDDEN',
  );
  for (const persona of ['demo-property', 'demo-grid', 'demo-owner', 'demo-street-admin']) {
    expectError(
      await t.http('PUT', `/api/compounds/${compound1}/staff`, {
        token: await t.login(persona),
        json: { personId: someone, role: 'supervisor' },
      }),
      403,
      'FORBIDDEN',
    );
  }
});
