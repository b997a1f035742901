import type { Page, UnitView } from '@xiaoqu/shared';
import { startTestApp, expectError, type TestApp } from './test-app.js';

let t: TestApp;
let jinxiu: number;
let committee: string;
beforeAll(async () => {
  t = await startTestApp();
  jinxiu = t.demo!.compoundIds.jinxiu;
  committee = await t.login('demo-committee');
});
afterAll(() => t.close());

const units = (q: string, token = committee) =>
  t.http<Page<UnitView>>('GET', `/api/compounds/${jinxiu}/units?q=${encodeURIComponent(q)}&limit=200`, { token });

test('the unit list is searched by building and room, as the roster is', async () => {
  for (const q of ['3栋 502', '3栋502', '３栋５０２']) {
    const found = await units(q);
    expect(found.status).toBe(200);
    expect(found.body.items.map((u) => `${u.building} ${u.room}`)).toEqual(['3栋 502']);
  }
  const rooms = (await units('502')).body.items;
  expect(rooms.length).toBe(10); // 502 in each of the ten buildings
  expect(rooms.every((u) => u.room === '502')).toBe(true);
  expect((await units('10栋')).body.items.every((u) => u.building === '10栋')).toBe(true);
  expect((await units('%')).body.items.length).toBe(200); // a wildcard is no search: the first page
});

test('only people of the compound search it; a search too long is refused', async () => {
  expectError(await units('502', await t.login('demo-owner-2')), 403, 'FORBIDDEN');
  expectError(await units('5'.repeat(51)), 400, 'VALIDATION_FAILED');
});
