import ExcelJS from 'exceljs';
import type { ErrorBody, Page, RosterImportResult, RosterUnitView } from '@xiaoqu/shared';
import { Unit } from '../src/place/unit.entity.js';
import { Place } from '../src/place/place.entity.js';
import { RosterImport } from '../src/roster/roster-import.entity.js';
import { RosterDeed } from '../src/roster/roster-deed.entity.js';
import { expectError, startTestApp, type TestApp } from './test-app.js';

let t: TestApp;
let admin: string;
let yulin: number;

beforeAll(async () => {
  t = await startTestApp({ env: { UPLOAD_MAX_BYTES: String(64 * 1024) } });
  admin = await t.login('demo-community-admin');
  yulin = t.demo!.compoundIds.yulin;
});
afterAll(() => t.close());

const HEADER = '楼栋,单元,房号,登记面积(m²),业主姓名,业主电话,开发商未售';

function upload(compoundId: number, content: Buffer | string, fileName: string, token = admin) {
  const form = new FormData();
  form.append('file', new Blob([content]), fileName);
  return t.http<RosterImportResult>('POST', `/api/compounds/${compoundId}/roster`, { token, body: form });
}

const unitCount = (compoundId: number) => t.dataSource.getRepository(Unit).count({ where: { compoundId } });

test('a CSV roster is imported, and a re-import updates without duplicating', async () => {
  const before = await unitCount(yulin);
  const csv = [
    HEADER,
    '5栋,1单元,101,89.5,黄明,13811112222,否',
    '5栋,1单元,102,120,黄明,13811112222,',
    '5栋,2单元,201,60.25,,,是',
  ].join('\n');
  const first = await upload(yulin, csv, 'roster.csv');
  expect(first.status).toBe(201);
  expect(first.body).toMatchObject({ total: 3, created: 3, updated: 0, unchanged: 0, ownersEnded: 0 });
  expect(await unitCount(yulin)).toBe(before + 3);

  const again = await upload(
    yulin,
    [
      HEADER,
      '5栋,1单元,101,89.50,黄明,13811112222,否',
      '5栋,1单元,102,121.5,黄明,13811112222,否',
      '5栋,2单元,201,60.25,,,是',
    ].join('\n'),
    'roster.csv',
  );
  expect(again.body).toMatchObject({ total: 3, created: 0, updated: 1, unchanged: 2, ownersEnded: 0 });
  expect(await unitCount(yulin)).toBe(before + 3);
  const units = await t.dataSource
    .getRepository(Unit)
    .find({ where: { compoundId: yulin }, order: { id: 'DESC' }, take: 3 });
  const byRoom = Object.fromEntries(units.map((u) => [u.room, u]));
  expect(byRoom['102'].areaCentiM2).toBe(12150);
  expect(byRoom['101'].areaCentiM2).toBe(8950);
  expect(byRoom['101'].ownerKey).toBe(byRoom['102'].ownerKey); // one owner, two units, one headcount
  expect(byRoom['201'].ownerKey).toBe(`developer-${yulin}`);
  expect(await t.dataSource.getRepository(RosterImport).count({ where: { compoundId: yulin } })).toBe(2);
});

test('the deed or contract number column: only a keyed hash of its last six is kept; a re-import replaces it', async () => {
  const header = `${HEADER},购房合同号`;
  const first = await upload(
    yulin,
    [header, '28栋,1单元,101,70,韩一,13833330101,否,HT-2019-00812345', '28栋,1单元,102,70,韩二,13833330102,否,'].join(
      '\n',
    ),
    'roster.csv',
  );
  expect(first.status).toBe(201);
  const deeds = () => t.dataSource.getRepository(RosterDeed).find({ where: { compoundId: yulin, building: '28栋' } });
  const kept = await deeds();
  expect(kept.map((d) => d.room)).toEqual(['101']);
  expect(JSON.stringify(kept)).not.toMatch(/812345|00812345|HT-2019/);

  // The number changes: the hash changes; a file without the column leaves its units without a number.
  await upload(yulin, [header, '28栋,1单元,101,70,韩一,13833330101,否,HT-2019-00899999'].join('\n'), 'roster.csv');
  const changed = await deeds();
  expect(changed).toHaveLength(1);
  expect(changed[0].last6Hash).not.toBe(kept[0].last6Hash);
  await upload(yulin, [HEADER, '28栋,1单元,101,70,韩一,13833330101,否'].join('\n'), 'roster.csv');
  expect(await deeds()).toEqual([]);

  // A number too short to compare is refused by its row, without echoing it.
  const bad = expectError(
    await upload(yulin, [header, '28栋,1单元,101,70,韩一,13833330101,否,第12号'].join('\n'), 'roster.csv'),
    400,
    'ROSTER_INVALID',
  );
  expect(bad.details).toEqual([{ row: 2, message: expect.stringContaining('购房合同号') }]);
  expect(JSON.stringify(bad)).not.toContain('第12号');
});

test('a file with one bad row is refused whole, naming that row, and nothing is imported', async () => {
  const before = await unitCount(yulin);
  const buildingsBefore = await t.dataSource.getRepository(Place).count({ where: { parentId: yulin } });
  const csv = [
    HEADER,
    '6栋,1单元,101,70,林文,13822223333,否',
    '6栋,1单元,102,70.123,林文,13822223333,否',
    '6栋,1单元,103,80,林武,13822224444,否',
  ].join('\r\n');
  const answer = await upload(yulin, csv, 'roster.csv');
  const body = expectError(answer, 400, 'ROSTER_INVALID');
  expect(body.details).toEqual([{ row: 3, message: expect.stringContaining('70.123') }]);
  expect(await unitCount(yulin)).toBe(before);
  expect(await t.dataSource.getRepository(Place).count({ where: { parentId: yulin } })).toBe(buildingsBefore);
});

test('every bad row is listed with its reason', async () => {
  const csv = [
    HEADER,
    ',1单元,101,70,林文,13822223333,否',
    '7栋,1单元,102,-5,林文,1382222,否',
    '7栋,1单元,103,80,,13822224444,也许',
    '7栋,1单元,104,80,林武,13822224444,否',
    '7栋,1单元,104,81,林武,13822224444,否',
  ].join('\n');
  const body = (await upload(yulin, csv, 'r.csv')).body as unknown as ErrorBody;
  expect(body.code).toBe('ROSTER_INVALID');
  expect(body.details?.map((d) => d.row)).toEqual([2, 3, 4, 6]);
  expect(body.details?.[0].message).toContain('楼栋');
  expect(body.details?.[1].message).toMatch(/面积.*电话|电话/);
  expect(body.details?.[3].message).toContain('第 5 行');
});

test('an .xlsx roster is read by content, with numeric areas exact', async () => {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('花名册');
  sheet.addRow(HEADER.split(','));
  sheet.addRow(['8栋', '1单元', 101, 89.5, '郑红', '13833334444', '否']);
  sheet.addRow(['8栋', '1单元', 102, 133.33, '郑红', 13833334444, '否']);
  const buffer = Buffer.from(await workbook.xlsx.writeBuffer());
  const answer = await upload(yulin, buffer, 'anything.bin');
  expect(answer.status).toBe(201);
  expect(answer.body).toMatchObject({ created: 2 });
  const roster = await t.http<Page<RosterUnitView>>('GET', `/api/compounds/${yulin}/roster?limit=200`, {
    token: admin,
  });
  const rows = roster.body.items.filter((u) => u.building === '8栋');
  expect(rows.map((r) => [r.room, r.areaCentiM2, r.ownerName, r.ownerPhone])).toEqual([
    ['101', 8950, '郑*', '138****4444'], // the list masks owners (roster-privacy.spec.ts)
    ['102', 13333, '郑*', '138****4444'],
  ]);
});

test('a GB18030 CSV as Excel saves it on Chinese Windows is read', async () => {
  const text = ['楼栋,单元,房号,登记面积,业主姓名,业主电话,开发商未售', '9栋,1单元,101,50,钱多,13844445555,否'].join(
    '\r\n',
  );
  const encoded = encodeGb18030(text);
  expect(encoded).not.toBeNull();
  expect(() => new TextDecoder('utf-8', { fatal: true }).decode(encoded as Buffer)).toThrow();
  const answer = await upload(yulin, encoded as Buffer, 'gbk.csv');
  expect(answer.status).toBe(201);
  const roster = await t.http<Page<RosterUnitView>>('GET', `/api/compounds/${yulin}/roster?limit=200`, {
    token: admin,
  });
  expect(roster.body.items.find((u) => u.building === '9栋')).toMatchObject({ ownerName: '钱*', areaCentiM2: 5000 });
});

test('files that are not rosters are refused and nothing is stored', async () => {
  const before = await unitCount(yulin);
  const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
  expectError(await upload(yulin, png, 'roster.csv'), 415, 'UNSUPPORTED_FILE');
  const fakeZip = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(100, 1)]);
  expectError(await upload(yulin, fakeZip, 'roster.xlsx'), 415, 'UNSUPPORTED_FILE');
  expectError(
    await upload(yulin, `${HEADER}\n${'10栋,1单元,101,50,王五,13855556666,否\n'.repeat(2000)}`, 'big.csv'),
    413,
    'PAYLOAD_TOO_LARGE',
  );
  expectError(await upload(yulin, '房号,面积\n101,50', 'r.csv'), 400, 'ROSTER_INVALID');
  expectError(
    await t.http('POST', `/api/compounds/${yulin}/roster`, { token: admin, json: { file: 'x' } }),
    400,
    'VALIDATION_FAILED',
  );
  expect(await unitCount(yulin)).toBe(before);
});

test('only the community admin of the compound may import', async () => {
  const csv = [HEADER, '5栋,1单元,101,89.5,黄明,13811112222,否'].join('\n');
  expectError(await upload(yulin, csv, 'r.csv', await t.login('demo-street-admin')), 403, 'FORBIDDEN');
  expectError(await upload(t.demo!.compoundIds.jinxiu, csv, 'r.csv', await t.login('demo-property')), 403, 'FORBIDDEN');
  expectError(await upload(t.demo!.compoundIds.cuiliu, csv, 'r.csv'), 403, 'FORBIDDEN');
});

/** GB18030 bytes of a text (Node decodes GB18030 but cannot encode it): each character found by decoding the GBK range. */
function encodeGb18030(text: string): Buffer | null {
  const table: Record<string, number[]> = {};
  const decoder = new TextDecoder('gb18030');
  const wanted = new Set([...text].filter((c) => c.charCodeAt(0) > 0x7f));
  for (let hi = 0x81; hi <= 0xfe && wanted.size > Object.keys(table).length; hi++) {
    for (let lo = 0x40; lo <= 0xfe; lo++) {
      const ch = decoder.decode(Uint8Array.from([hi, lo]));
      if (wanted.has(ch) && !table[ch]) table[ch] = [hi, lo];
    }
  }
  const bytes: number[] = [];
  for (const c of text) {
    if (c.charCodeAt(0) <= 0x7f) bytes.push(c.charCodeAt(0));
    else if (table[c]) bytes.push(...table[c]);
    else return null;
  }
  return Buffer.from(bytes);
}
