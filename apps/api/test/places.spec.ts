import type { BuildingView, CompoundListItem, CompoundSummary, Page, UnitView } from '@xiaoqu/shared';
import { expectError, startTestApp, type TestApp } from './test-app.js';

let t: TestApp;
let compound1: number;
let compound3: number;
beforeAll(async () => {
  t = await startTestApp();
  compound1 = t.demo!.compoundIds.jinxiu;
  compound3 = t.demo!.compoundIds.cuiliu;
});
afterAll(() => t.close());

test('a resident sees their compound: name, community, property company, household count', async () => {
  const token = await t.login('demo-resident');
  const answer = await t.http<CompoundSummary>('GET', `/api/compounds/${compound1}`, { token });
  expect(answer.status).toBe(200);
  expect(answer.body).toMatchObject({
    name: '锦绣花园',
    community: { name: '芳华社区' },
    street: { name: '玉林街道' },
    district: { name: '武侯区' },
    householdCount: 1200,
    buildingCount: 10,
  });
  expect(answer.body.propertyCompany).toContain('物业');
});

test('compounds can be found by name, and building lists count their units', async () => {
  const token = await t.login('demo-owner-2');
  const found = await t.http<CompoundListItem[]>('GET', `/api/compounds?q=${encodeURIComponent('锦绣')}`, { token });
  expect(found.body).toEqual([
    {
      id: compound1,
      name: '锦绣花园',
      communityId: t.demo!.communityIds.fanghua,
      communityName: '芳华社区',
      streetId: t.demo!.streetId,
      streetName: '玉林街道',
    },
  ]);
  const inCommunity = await t.http<CompoundListItem[]>('GET', `/api/compounds?within=${t.demo!.communityIds.fanghua}`, {
    token,
  });
  expect(inCommunity.body.map((c) => c.name).sort()).toEqual(['玉林北苑', '锦绣花园'].sort());
  const inStreet = await t.http<CompoundListItem[]>(
    'GET',
    `/api/compounds?within=${t.demo!.streetId}&q=${encodeURIComponent('苑')}`,
    { token },
  );
  expect(inStreet.body.map((c) => c.name).sort()).toEqual(['玉林北苑', '翠柳苑'].sort());
  expectError(await t.http('GET', '/api/compounds?within=999999', { token }), 404, 'NOT_FOUND');
  expectError(await t.http('GET', `/api/compounds?q=${'x'.repeat(51)}`, { token }), 400, 'VALIDATION_FAILED');
  const buildings = await t.http<BuildingView[]>('GET', `/api/compounds/${compound1}/buildings`, { token });
  expect(buildings.body).toHaveLength(10);
  expect(buildings.body.reduce((s, b) => s + b.unitCount, 0)).toBe(1200);
});

test('units page through with a cursor, without owner data', async () => {
  const token = await t.login('demo-resident');
  const seen = new Set<number>();
  let cursor: string | null = '';
  let pages = 0;
  while (cursor !== null) {
    const answer: { body: Page<UnitView> } = await t.http<Page<UnitView>>(
      'GET',
      `/api/compounds/${compound1}/units?limit=200${cursor ? `&cursor=${cursor}` : ''}`,
      { token },
    );
    for (const u of answer.body.items) seen.add(u.id);
    expect(JSON.stringify(answer.body.items[0])).not.toMatch(/owner/i);
    cursor = answer.body.nextCursor;
    pages++;
  }
  expect(seen.size).toBe(1200);
  expect(pages).toBe(6);
  expectError(
    await t.http('GET', `/api/compounds/${compound1}/units?cursor=bogus`, { token }),
    400,
    'VALIDATION_FAILED',
  );
});

describe('places are a boundary', () => {
  test.each(['', '/units', '/roster', '/members', '/grids'])('demo-owner-2 is refused compound 1%s', async (suffix) => {
    const token = await t.login('demo-owner-2');
    expectError(await t.http('GET', `/api/compounds/${compound1}${suffix}`, { token }), 403, 'FORBIDDEN');
  });

  test('demo-owner-2 is refused compound 1’s claims', async () => {
    const token = await t.login('demo-owner-2');
    expectError(await t.http('GET', `/api/admin/claims?compoundId=${compound1}`, { token }), 403, 'FORBIDDEN');
  });

  test('residents of compound 1 cannot read compound 3', async () => {
    const token = await t.login('demo-owner');
    expectError(await t.http('GET', `/api/compounds/${compound3}/units`, { token }), 403, 'FORBIDDEN');
  });

  test('a community admin reads all compounds of their community and none of another', async () => {
    const token = await t.login('demo-community-admin');
    expect((await t.http('GET', `/api/compounds/${t.demo!.compoundIds.yulin}/roster`, { token })).status).toBe(200);
    expectError(await t.http('GET', `/api/compounds/${compound3}/roster`, { token }), 403, 'FORBIDDEN');
  });

  test('the street admin reads across the street', async () => {
    const token = await t.login('demo-street-admin');
    expect((await t.http('GET', `/api/compounds/${compound3}/members`, { token })).status).toBe(200);
    expect((await t.http('GET', `/api/compounds/${compound1}/roster?limit=5`, { token })).status).toBe(200);
  });

  test('ids that are not compounds are not found', async () => {
    const token = await t.login('demo-street-admin');
    expectError(await t.http('GET', `/api/compounds/${t.demo!.communityIds.fanghua}`, { token }), 404, 'NOT_FOUND');
    expectError(await t.http('GET', `/api/compounds/999999`, { token }), 404, 'NOT_FOUND');
    expectError(await t.http('GET', `/api/compounds/abc`, { token }), 404, 'NOT_FOUND');
  });
});

test('OpenAPI describes the API', async () => {
  const answer = await t.http<{ openapi: string; paths: Record<string, unknown> }>('GET', '/api/docs-json');
  expect(answer.status).toBe(200);
  expect(Object.keys(answer.body.paths)).toEqual(
    expect.arrayContaining(['/api/auth/wechat-login', '/api/me', '/api/compounds/{compoundId}/roster']),
  );
});
