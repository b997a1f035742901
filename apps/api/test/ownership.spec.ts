import type { ClaimView, ErrorBody, MeResponse, OwnerMergeView, RosterImportResult } from '@xiaoqu/shared';
import { Unit } from '../src/place/unit.entity.js';
import { UnitOwner } from '../src/place/unit-owner.entity.js';
import { OwnerKeyMerge } from '../src/place/owner-key-merge.entity.js';
import { UnitService } from '../src/place/unit.service.js';
import { RosterImport } from '../src/roster/roster-import.entity.js';
import { expectError, startTestApp, type TestApp } from './test-app.js';
import { approveWithDeedPhoto } from './claim-helpers.js';

let t: TestApp;
let admin: string;
let yulin: number;

beforeAll(async () => {
  t = await startTestApp();
  admin = await t.login('demo-community-admin');
  yulin = t.demo!.compoundIds.yulin;
});
afterAll(() => t.close());

const HEADER = '楼栋,单元,房号,登记面积(m²),业主姓名,业主电话,开发商未售';
const ID_HEADER = `${HEADER},证件号码`;

function importRoster(lines: string[], header = HEADER) {
  const form = new FormData();
  form.append('file', new Blob([[header, ...lines].join('\n')]), 'roster.csv');
  return t.http<RosterImportResult>('POST', `/api/compounds/${yulin}/roster`, { token: admin, body: form });
}

async function imported(lines: string[], header = HEADER): Promise<RosterImportResult> {
  const answer = await importRoster(lines, header);
  expect(answer.status).toBe(201);
  return answer.body;
}

const unitAt = (building: string, room: string) =>
  t.dataSource
    .getRepository(Unit)
    .createQueryBuilder('u')
    .innerJoin('u.building', 'b')
    .where('u.compoundId = :yulin AND b.name = :building AND u.room = :room', { yulin, building, room })
    .getOneOrFail();

const me = async (token: string) => (await t.http<MeResponse>('GET', '/api/me', { token })).body;

function claim(token: string, building: string, room: string, ownerName: string, phone: string) {
  return t.http<ClaimView>('POST', '/api/claims', {
    token,
    json: { compoundId: yulin, building, room, ownerName, phoneLast4: phone.slice(-4) },
  });
}

/** Logs the persona in, claims the unit with the roster's name and phone, and has the admin approve it. */
async function becomeOwner(openid: string, building: string, room: string, ownerName: string, phone: string) {
  const token = await t.login(openid);
  const created = await claim(token, building, room, ownerName, phone);
  expect(created.status).toBe(201);
  const approved = await approveWithDeedPhoto(t, created.body.id, admin, yulin);
  expect(approved.status).toBe(200);
  return { token, personId: (await me(token)).id };
}

const rolesOnYulin = async (token: string) =>
  (await me(token)).roles
    .filter((r) => r.place.id === yulin)
    .map((r) => r.role)
    .sort();

describe('a roster that gives a unit a new owner ends the seller’s link', () => {
  const sellerA = { name: '卖家甲', phone: '13900001111' };
  const sellerB = { name: '卖家乙', phone: '13900002222' };
  const buyer = { name: '买家丙', phone: '13900003333' };
  let a: { token: string; personId: number };
  let b: { token: string; personId: number };
  let unit101: Unit;

  beforeAll(async () => {
    await imported([
      `20栋,1单元,101,90,${sellerA.name},${sellerA.phone},否`,
      `20栋,1单元,102,90,${sellerB.name},${sellerB.phone},否`,
      `20栋,1单元,103,90,${sellerB.name},${sellerB.phone},否`,
    ]);
    a = await becomeOwner('o-seller-a', '20栋', '101', sellerA.name, sellerA.phone);
    b = await becomeOwner('o-seller-b', '20栋', '102', sellerB.name, sellerB.phone);
    await becomeOwner('o-seller-b', '20栋', '103', sellerB.name, sellerB.phone);
    unit101 = await unitAt('20栋', '101');
  });

  test('the links end and are kept; owner goes where the seller owns nothing else, resident stays', async () => {
    expect(await rolesOnYulin(a.token)).toEqual(['owner', 'resident']);
    const result = await imported([
      `20栋,1单元,101,90,${buyer.name},${buyer.phone},否`,
      `20栋,1单元,102,90,买家丁,13900004444,否`,
      `20栋,1单元,103,90,${sellerB.name},${sellerB.phone},否`,
    ]);
    expect(result).toMatchObject({ total: 3, updated: 2, unchanged: 1, ownersEnded: 2 });
    expect(await t.dataSource.getRepository(RosterImport).findOneByOrFail({ id: result.importId })).toMatchObject({
      ownersEnded: 2,
    });

    const links = await t.dataSource.getRepository(UnitOwner).find({ where: { unitId: unit101.id } });
    expect(links).toEqual([
      expect.objectContaining({ personId: a.personId, ownerKey: unit101.ownerKey, endedAt: expect.any(Date) }),
    ]);
    expect((await unitAt('20栋', '101')).ownerKey).not.toBe(unit101.ownerKey);

    expect((await me(a.token)).units).toEqual([]);
    expect(await rolesOnYulin(a.token)).toEqual(['resident']);
    expect((await me(b.token)).units.map((u) => `${u.building}${u.room}`)).toEqual(['20栋103']);
    expect(await rolesOnYulin(b.token)).toEqual(['owner', 'resident']);

    const voting = await t.app.get(UnitService).votingLinks(a.personId, yulin);
    expect(voting).toEqual([{ unitId: unit101.id, ownerKeys: [unit101.ownerKey], endedAt: expect.any(Date) }]);
  });

  test('the buyer’s claim then succeeds, and the seller’s old details no longer match', async () => {
    const c = await becomeOwner('o-buyer-c', '20栋', '101', buyer.name, buyer.phone);
    expect((await me(c.token)).units.map((u) => `${u.building}${u.room}`)).toEqual(['20栋101']);
    expectError(await claim(a.token, '20栋', '101', sellerA.name, sellerA.phone), 422, 'CLAIM_NOT_MATCHED');
  });

  test('the seller named owner again re-claims: the same row is re-opened under the unit’s key now', async () => {
    const unit102 = await unitAt('20栋', '102');
    const ended = await t.dataSource
      .getRepository(UnitOwner)
      .findOneByOrFail({ personId: b.personId, unitId: unit102.id });
    expect(ended.endedAt).not.toBeNull();
    // Listed with an ID number this time: the unit's key now differs from the one the link had.
    await imported([`20栋,1单元,102,90,${sellerB.name},${sellerB.phone},否,A1234567`], ID_HEADER);
    const again = await claim(b.token, '20栋', '102', sellerB.name, sellerB.phone);
    expect(again.status).toBe(201);
    expect((await approveWithDeedPhoto(t, again.body.id, admin, yulin)).status).toBe(200);
    const rows = await t.dataSource
      .getRepository(UnitOwner)
      .find({ where: { personId: b.personId, unitId: unit102.id } });
    expect(rows).toEqual([
      expect.objectContaining({
        id: ended.id,
        endedAt: null,
        ownerKey: (await unitAt('20栋', '102')).ownerKey,
        claimId: again.body.id,
      }),
    ]);
    expect(rows[0].ownerKey).not.toBe(ended.ownerKey);
    expect((await me(b.token)).units.map((u) => `${u.building}${u.room}`)).toEqual(['20栋102', '20栋103']);
  });

  test('a claim still pending when the roster changes the owner cannot be approved', async () => {
    await imported([`20栋,1单元,104,90,卖家戊,13900005555,否`]);
    const token = await t.login('o-seller-e');
    const pending = await claim(token, '20栋', '104', '卖家戊', '13900005555');
    await imported([`20栋,1单元,104,90,买家己,13900006666,否`]);
    expectError(await approveWithDeedPhoto(t, pending.body.id, admin, yulin), 422, 'CLAIM_NOT_MATCHED');
    expect((await me(token)).units).toEqual([]);
  });

  test('a roll frozen before the sale counts the seller; one frozen after counts the buyer', async () => {
    const units = t.app.get(UnitService);
    const sale = (await t.dataSource.getRepository(UnitOwner).findOneByOrFail({ personId: a.personId }))
      .endedAt as Date;
    const buyerId = (await me(await t.login('o-buyer-c'))).id;
    const current = await unitAt('20栋', '101');
    const before = new Date(sale.getTime() - 60_000);
    expect(await units.ownerIdsForRoll([{ unitId: unit101.id, ownerKey: unit101.ownerKey }], before)).toEqual([
      a.personId,
    ]);
    expect(await units.ownerIdsForRoll([{ unitId: unit101.id, ownerKey: unit101.ownerKey }], new Date())).toEqual([]);
    expect(await units.ownerIdsForRoll([{ unitId: current.id, ownerKey: current.ownerKey }], new Date())).toEqual([
      buyerId,
    ]);
    const owners = await units.currentOwnerIds(yulin);
    expect(owners).toContain(buyerId);
    expect(owners).toContain(b.personId);
    expect(owners).not.toContain(a.personId);
  });
});

describe('the roster’s 证件号码 column keys an owner by ID number alone', () => {
  const ID = '11010119900307123X';

  test('two rows with one ID and two phones are one key; the number is stored nowhere', async () => {
    const result = await imported(
      [
        `21栋,1单元,101,90,钱七,13911110001,否,${ID}`,
        `21栋,1单元,102,90,钱七,13911110002,否, ${ID.toLowerCase()} `,
        `21栋,1单元,103,90,钱八,13911110003,否,`,
      ],
      ID_HEADER,
    );
    expect(result).toMatchObject({ created: 3, ownersEnded: 0 });
    const [u101, u102, u103] = await Promise.all(['101', '102', '103'].map((room) => unitAt('21栋', room)));
    expect(u101.ownerKey).toBe(u102.ownerKey);
    expect(u103.ownerKey).not.toBe(u101.ownerKey);
    for (const table of ['unit', 'roster_import', 'owner_key_merge', 'unit_owner']) {
      const rows = (await t.dataSource.query(`SELECT * FROM ${table}`)) as unknown[];
      const text = JSON.stringify(rows).toUpperCase();
      expect(text).not.toContain(ID);
      expect(text).not.toContain(ID.slice(0, 17));
    }
  });

  test('a later file without the column keeps the owner’s ID key and ends no links', async () => {
    const owner = await becomeOwner('o-qian', '21栋', '102', '钱七', '13911110002');
    const key = (await unitAt('21栋', '101')).ownerKey;
    const result = await imported([`21栋,1单元,101,90,钱七,13911110001,否`, `21栋,1单元,102,90,钱七,13911110002,否`]);
    expect(result).toMatchObject({ unchanged: 2, ownersEnded: 0 });
    expect((await unitAt('21栋', '102')).ownerKey).toBe(key);
    expect((await me(owner.token)).units.map((u) => `${u.building}${u.room}`)).toEqual(['21栋102']);
    // A new phone without an ID number is another person, as before the column existed.
    const sold = await imported([`21栋,1单元,102,90,钱七,13911119999,否`]);
    expect(sold).toMatchObject({ updated: 1, ownersEnded: 1 });
  });

  test('a bad ID number is refused by row, without echoing it', async () => {
    const bad = '1101011990030712345678901234567890';
    const answer = await importRoster([`21栋,1单元,104,90,钱九,13911110004,否,${bad}`], ID_HEADER);
    const body = expectError(answer, 400, 'ROSTER_INVALID');
    expect(body.details).toEqual([{ row: 2, message: expect.stringContaining('证件号码格式不对') }]);
    expect(JSON.stringify(body)).not.toContain(bad);
    const quoted = await importRoster([`21栋,1单元,104,90,钱九,13911110004,否,"${ID}"x`], ID_HEADER);
    expect(JSON.stringify(quoted.body)).not.toContain(ID);
  });

  test('a compound that starts listing ID numbers re-keys its owners without ending anyone’s link', async () => {
    await imported([`22栋,1单元,101,90,孙十,13922220001,否`, `22栋,1单元,102,90,孙十,13922220002,否`]);
    const owner = await becomeOwner('o-sun', '22栋', '101', '孙十', '13922220001');
    const [old101, old102] = await Promise.all([unitAt('22栋', '101'), unitAt('22栋', '102')]);
    expect(old101.ownerKey).not.toBe(old102.ownerKey);

    const result = await imported(
      [`22栋,1单元,101,90,孙十,13922220001,否,${ID}9`, `22栋,1单元,102,90,孙十,13922220002,否,${ID}9`],
      ID_HEADER,
    );
    expect(result).toMatchObject({ ownersEnded: 0 });
    const [new101, new102] = await Promise.all([unitAt('22栋', '101'), unitAt('22栋', '102')]);
    expect(new101.ownerKey).toBe(new102.ownerKey);
    expect(await rolesOnYulin(owner.token)).toEqual(['owner', 'resident']);
    const [link] = await t.app.get(UnitService).votingLinks(owner.personId, yulin);
    expect(link).toEqual({
      unitId: old101.id,
      ownerKeys: expect.arrayContaining([old101.ownerKey, new101.ownerKey, old102.ownerKey]),
      endedAt: null,
    });
    // Dropping the column again maps the old keys through the recorded merges: nothing moves.
    const back = await imported([`22栋,1单元,101,90,孙十,13922220001,否`, `22栋,1单元,102,90,孙十,13922220002,否`]);
    expect(back).toMatchObject({ unchanged: 2, ownersEnded: 0 });
  });
});

describe('a community admin merges two owner keys as one person', () => {
  let u101: Unit;
  let u102: Unit;
  let u103: Unit;
  let owner102: { token: string; personId: number };

  beforeAll(async () => {
    await imported([
      `23栋,1单元,101,90,周八,13933330001,否`,
      `23栋,1单元,102,90,周八,13933330002,否`,
      `23栋,1单元,103,90,周捌,13933330003,否`,
      `23栋,1单元,104,90,,,是`,
    ]);
    owner102 = await becomeOwner('o-zhou', '23栋', '102', '周八', '13933330002');
    [u101, u102, u103] = await Promise.all(['101', '102', '103'].map((room) => unitAt('23栋', room)));
  });

  const merge = (json: object, token = admin, compoundId = yulin) =>
    t.http<OwnerMergeView>('POST', `/api/compounds/${compoundId}/owner-merges`, { token, json });

  test('the second unit takes the first unit’s key; the merge is recorded and listed without owner names', async () => {
    const answer = await merge({ unitIds: [u101.id, u102.id], reason: '同一身份证，登记了两个手机号' });
    expect(answer.status).toBe(201);
    expect(answer.body).toMatchObject({
      fromKey: u102.ownerKey,
      intoKey: u101.ownerKey,
      namedUnits: { from: '23栋 102', into: '23栋 101' },
      units: ['23栋 101', '23栋 102'],
      reason: '同一身份证，登记了两个手机号',
      mergedBy: { personId: expect.any(Number), name: expect.any(String) },
    });
    expect((await unitAt('23栋', '102')).ownerKey).toBe(u101.ownerKey);
    expect(await t.dataSource.getRepository(OwnerKeyMerge).countBy({ fromKey: u102.ownerKey })).toBe(1);

    const listed = await t.http<OwnerMergeView[]>('GET', `/api/compounds/${yulin}/owner-merges`, { token: admin });
    expect(listed.body.find((m) => m.id === answer.body.id)).toEqual(answer.body);
    expect(JSON.stringify(listed.body)).not.toMatch(/周八|1393333/);

    const [link] = await t.app.get(UnitService).votingLinks(owner102.personId, yulin);
    expect(link.ownerKeys).toEqual([u102.ownerKey, u101.ownerKey]);
  });

  test('a later merge of the surviving key re-points the earlier one', async () => {
    const answer = await merge({ unitIds: [u103.id, u101.id], reason: '周捌即周八，姓名写法不同' });
    expect(answer.body.units).toEqual(['23栋 101', '23栋 102', '23栋 103']);
    const earlier = await t.dataSource.getRepository(OwnerKeyMerge).findOneByOrFail({ fromKey: u102.ownerKey });
    expect(earlier.intoKey).toBe(u103.ownerKey);
    const [link] = await t.app.get(UnitService).votingLinks(owner102.personId, yulin);
    expect(link.ownerKeys).toEqual(expect.arrayContaining([u101.ownerKey, u102.ownerKey, u103.ownerKey]));
  });

  test('a re-import keeps the merged key and ends no links', async () => {
    const result = await imported([
      `23栋,1单元,101,90,周八,13933330001,否`,
      `23栋,1单元,102,90,周八,13933330002,否`,
      `23栋,1单元,103,90,周捌,13933330003,否`,
      `23栋,1单元,104,90,,,是`,
    ]);
    expect(result).toMatchObject({ unchanged: 4, updated: 0, ownersEnded: 0 });
    for (const room of ['101', '102', '103']) expect((await unitAt('23栋', room)).ownerKey).toBe(u103.ownerKey);
    expect((await me(owner102.token)).units.map((u) => `${u.building}${u.room}`)).toEqual(['23栋102']);
  });

  test('developer-unsold units, a key with itself, unknown units and other compounds’ units are refused', async () => {
    const u104 = await unitAt('23栋', '104');
    const reason = '测试';
    expectError(await merge({ unitIds: [u101.id, u104.id], reason }), 400, 'OWNER_MERGE_NOT_ALLOWED');
    expectError(await merge({ unitIds: [u101.id, u102.id], reason }), 400, 'OWNER_MERGE_NOT_ALLOWED');
    expectError(await merge({ unitIds: [u101.id, 99999999], reason }), 404, 'NOT_FOUND');
    const jinxiuUnit = await t.dataSource.getRepository(Unit).findOneOrFail({
      where: { compoundId: t.demo!.compoundIds.jinxiu, developerUnsold: false },
    });
    expectError(await merge({ unitIds: [u101.id, jinxiuUnit.id], reason }), 404, 'NOT_FOUND');
    expectError(await merge({ unitIds: [u101.id], reason }), 400, 'VALIDATION_FAILED');
    expectError(await merge({ unitIds: [u101.id, u102.id], reason: '' }), 400, 'VALIDATION_FAILED');
  });

  test('only the community admin of the compound may merge or list', async () => {
    const json = { unitIds: [u101.id, u102.id], reason: '越权' };
    expectError(await merge(json, admin, t.demo!.compoundIds.cuiliu), 403, 'FORBIDDEN');
    for (const persona of ['demo-street-admin', 'demo-owner', 'demo-committee']) {
      const token = await t.login(persona);
      expectError(await merge(json, token), 403, 'FORBIDDEN');
      const listed = await t.http<ErrorBody>('GET', `/api/compounds/${yulin}/owner-merges`, { token });
      expectError(listed, 403, 'FORBIDDEN');
    }
    expectError(await merge(json, admin, 99999999), 404, 'NOT_FOUND');
  });
});
