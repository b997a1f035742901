import type { MeResponse, Page, RosterOwnerView, RosterUnitView } from '@xiaoqu/shared';
import { Unit } from '../src/place/unit.entity.js';
import { AuditEntry } from '../src/audit/audit-entry.entity.js';
import { expectError, startTestApp, type TestApp } from './test-app.js';

const REVEAL_ROUTE = 'GET /api/compounds/:compoundId/roster/units/:unitId/owner';

let t: TestApp;
let admin: string;
let jinxiu: number;
let cuiliu: number;

beforeAll(async () => {
  t = await startTestApp();
  admin = await t.login('demo-community-admin');
  jinxiu = t.demo!.compoundIds.jinxiu;
  cuiliu = t.demo!.compoundIds.cuiliu;
});
afterAll(() => t.close());

const roster = (compoundId: number, query = '', token = admin) =>
  t.http<Page<RosterUnitView>>('GET', `/api/compounds/${compoundId}/roster${query}`, { token });

const reveal = (compoundId: number, unitId: number, token = admin) =>
  t.http<RosterOwnerView>('GET', `/api/compounds/${compoundId}/roster/units/${unitId}/owner`, { token });

async function unitAt(compoundId: number, building: string, room: string): Promise<Unit> {
  return t.dataSource
    .getRepository(Unit)
    .createQueryBuilder('u')
    .innerJoin('u.building', 'b')
    .where('u.compoundId = :compoundId AND b.name = :building AND u.room = :room', { compoundId, building, room })
    .getOneOrFail();
}

const reveals = () => t.dataSource.getRepository(AuditEntry).find({ where: { route: REVEAL_ROUTE } });

test('the roster list masks every owner name and phone', async () => {
  let cursor: string | null = null;
  let seen = 0;
  do {
    const page: Awaited<ReturnType<typeof roster>> = await roster(
      jinxiu,
      `?limit=200${cursor ? `&cursor=${cursor}` : ''}`,
    );
    expect(page.status).toBe(200);
    const text = JSON.stringify(page.body);
    // No full mobile number anywhere in the answer, nor the demo owner's name.
    expect(text).not.toMatch(/1[3-9]\d{9}/);
    expect(text).not.toContain('李秀英');
    for (const u of page.body.items) {
      if (u.ownerPhone) expect(u.ownerPhone).toMatch(/^\d{3}\*+\d{4}$/);
      if (u.ownerName) expect(Array.from(u.ownerName).slice(1).join('')).toMatch(/^\*+$/);
    }
    seen += page.body.items.length;
    cursor = page.body.nextCursor;
  } while (cursor);
  expect(seen).toBe(await t.dataSource.getRepository(Unit).count({ where: { compoundId: jinxiu } }));

  const found = await roster(jinxiu, `?q=${encodeURIComponent('3栋 502')}`);
  expect(found.body.items).toEqual([
    expect.objectContaining({ building: '3栋', room: '502', ownerName: '李**', ownerPhone: '138****5678' }),
  ]);
  // A street admin reads the list too, masked.
  const street = await roster(jinxiu, `?q=${encodeURIComponent('3栋 502')}`, await t.login('demo-street-admin'));
  expect(street.body.items[0]).toMatchObject({ ownerName: '李**', ownerPhone: '138****5678' });
});

test('the roster is searched by building and room, paged as before', async () => {
  const both = await roster(jinxiu, `?q=${encodeURIComponent('3栋 502')}`);
  expect(both.status).toBe(200);
  expect(both.body.items.map((u) => [u.building, u.room])).toEqual([['3栋', '502']]);
  expect(both.body.nextCursor).toBeNull();
  // Written without a space, too.
  const joined = await roster(jinxiu, `?q=${encodeURIComponent('3栋502')}`);
  expect(joined.body.items.map((u) => u.id)).toEqual(both.body.items.map((u) => u.id));

  const room = await roster(jinxiu, '?q=502&limit=200');
  expect(room.body.items.length).toBe(10); // one 502 in each of the 10 buildings
  expect(new Set(room.body.items.map((u) => u.room))).toEqual(new Set(['502']));

  const building = await roster(jinxiu, `?q=${encodeURIComponent('3栋')}&limit=200`);
  const inBuilding = await t.dataSource
    .getRepository(Unit)
    .count({ where: { compoundId: jinxiu, buildingId: (await unitAt(jinxiu, '3栋', '502')).buildingId } });
  expect(building.body.items.length).toBe(inBuilding);
  expect(building.body.items.every((u) => u.building === '3栋')).toBe(true);

  // Paging within a search: pages follow on, without gaps or repeats, and stay in the building.
  const first = await roster(jinxiu, `?q=${encodeURIComponent('3栋')}&limit=50`);
  expect(first.body.items).toHaveLength(50);
  expect(first.body.nextCursor).not.toBeNull();
  const second = await roster(jinxiu, `?q=${encodeURIComponent('3栋')}&limit=50&cursor=${first.body.nextCursor}`);
  expect([...first.body.items, ...second.body.items].map((u) => u.id)).toEqual(
    building.body.items.slice(0, 100).map((u) => u.id),
  );

  expect((await roster(jinxiu, '?q=99栋')).body.items).toEqual([]);
  expect((await roster(jinxiu, `?q=${encodeURIComponent('%')}&limit=5`)).body.items).toHaveLength(5); // no words: all
  expectError(await roster(jinxiu, `?q=${'9'.repeat(41)}`), 400, 'VALIDATION_FAILED');
});

test("a community admin reveals one unit's owner in full, and each reveal is audited once", async () => {
  const unit = await unitAt(jinxiu, '3栋', '502');
  const me = await t.http<MeResponse>('GET', '/api/me', { token: admin });
  const before = (await reveals()).length;

  const answer = await reveal(jinxiu, unit.id);
  expect(answer.status).toBe(200);
  expect(answer.body).toEqual({ unitId: unit.id, ownerName: '李秀英', ownerPhone: '13800005678' });

  const entries = await reveals();
  expect(entries).toHaveLength(before + 1);
  const entry = entries[entries.length - 1];
  expect(entry).toMatchObject({ personId: me.body.id, role: 'community_admin', placeId: jinxiu, method: 'GET' });
  expect(JSON.parse(entry.recordIds)).toEqual({ compoundId: String(jinxiu), unitId: String(unit.id) });

  // Again: another entry, one per reveal.
  expect((await reveal(jinxiu, unit.id)).status).toBe(200);
  expect(await reveals()).toHaveLength(before + 2);
});

test('a reveal is refused across compounds and to other roles, and refusals are not revealed nor audited', async () => {
  const before = (await reveals()).length;
  const own = await unitAt(jinxiu, '3栋', '502');
  const other = await unitAt(cuiliu, '2栋', '301');

  // The admin's community does not hold 翠柳苑.
  expectError(await reveal(cuiliu, other.id), 403, 'FORBIDDEN');
  // Nor is another compound's unit reached through one's own compound.
  expectError(await reveal(jinxiu, other.id), 404, 'NOT_FOUND');
  expectError(await reveal(jinxiu, 999_999_999), 404, 'NOT_FOUND');
  // Reading the list is not revealing: a street admin, the property company, a supervisor, an owner are refused.
  for (const openid of ['demo-street-admin', 'demo-property', 'demo-supervisor', 'demo-owner', 'demo-resident']) {
    expectError(await reveal(jinxiu, own.id, await t.login(openid)), 403, 'FORBIDDEN');
  }
  expectError(await reveal(jinxiu, own.id, ''), 401, 'UNAUTHENTICATED');
  expect(await reveals()).toHaveLength(before);
});
