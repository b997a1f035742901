import fc from 'fast-check';
import { deedLast6, mapRosterHeaders, validateRosterRows, type RosterRowInput } from './roster.js';

const row = (over: Partial<RosterRowInput> = {}): RosterRowInput => ({
  building: '1栋',
  entrance: '1单元',
  room: '101',
  area: '89.5',
  ownerName: '张三',
  ownerPhone: '13812345678',
  developerUnsold: '',
  ...over,
});

test('headers are found in any order, by Chinese name or English key', () => {
  const mapped = mapRosterHeaders(['房号', '楼栋', '单元', '登记面积（m²）', 'ownerName', '业主电话']);
  expect(mapped).toEqual({
    index: {
      building: 1,
      entrance: 2,
      room: 0,
      area: 3,
      ownerName: 4,
      ownerPhone: 5,
      developerUnsold: -1,
      idNumber: -1,
      deedNumber: -1,
    },
  });
  expect(mapRosterHeaders(['楼栋', '房号'])).toEqual({ missing: ['单元', '登记面积(m²)', '业主姓名', '业主电话'] });
});

test('a valid row becomes exact numbers', () => {
  const { rows, errors } = validateRosterRows([row(), row({ room: '102', area: '120', developerUnsold: '否' })]);
  expect(errors).toEqual([]);
  expect(rows.map((r) => r.areaCentiM2)).toEqual([8950, 12000]);
});

test('developer-unsold rows need no owner', () => {
  const { rows, errors } = validateRosterRows([row({ ownerName: '', ownerPhone: '', developerUnsold: '是' })]);
  expect(errors).toEqual([]);
  expect(rows[0].developerUnsold).toBe(true);
});

test('each bad row is reported with its file row number and every reason', () => {
  const { rows, errors } = validateRosterRows(
    [row(), row({ building: '', area: '0' }), row({ ownerPhone: '123', developerUnsold: '不知道' }), row()],
    2,
  );
  expect(rows).toHaveLength(1);
  expect(errors.map((e) => e.row)).toEqual([3, 4, 5]);
  expect(errors[0].message).toContain('楼栋不能为空');
  expect(errors[0].message).toContain('登记面积');
  expect(errors[1].message).toContain('开发商未售');
  expect(errors[2].message).toBe('与第 2 行是同一套房屋（1栋 101）');
});

test('the optional 证件号码 column is found by its header', () => {
  const mapped = mapRosterHeaders(['楼栋', '单元', '房号', '登记面积', '业主姓名', '业主电话', '证件号码']);
  expect(mapped).toMatchObject({ index: { idNumber: 6, developerUnsold: -1 } });
});

test('an ID number is normalised, checked loosely, and never echoed in a message', () => {
  const { rows, errors } = validateRosterRows(
    [
      row({ idNumber: ' 11010119900307123x ' }),
      row({ room: '102', idNumber: '' }),
      row({ room: '103' }),
      row({ room: '104', idNumber: '1101-0119' }),
      row({ room: '105', idNumber: '12345' }),
      row({ room: '106', idNumber: 'A'.repeat(33) }),
      row({ room: '107', idNumber: 'E 1234 5678' }),
    ],
    2,
  );
  expect(rows.map((r) => r.idNumber)).toEqual(['11010119900307123X', undefined, undefined, 'E12345678']);
  expect(errors.map((e) => e.row)).toEqual([5, 6, 7]);
  for (const e of errors) {
    expect(e.message).toBe('证件号码格式不对（应为 6–32 位数字或字母）');
  }
});

test('the deed column is found by either number alone, and keeps only the last six characters', () => {
  for (const header of ['不动产权证号', '购房合同号', '不动产权证号或购房合同号', 'deedNumber']) {
    const mapped = mapRosterHeaders(['楼栋', '单元', '房号', '登记面积', '业主姓名', '业主电话', header]);
    expect('index' in mapped && mapped.index.deedNumber).toBe(6);
  }
  const { rows, errors } = validateRosterRows([
    row({ deedNumber: '川(2021)成都市不动产权第0012345号' }),
    row({ room: '102', deedNumber: ' cd-2020-ａｂ1234 ' }),
    row({ room: '103' }),
  ]);
  expect(errors).toEqual([]);
  expect(rows.map((r) => r.deedLast6)).toEqual(['012345', 'AB1234', undefined]);
  expect(JSON.stringify(rows)).not.toContain('0012345');
});

test('a deed number with fewer than six digits or letters is refused by its row, never echoed', () => {
  const { errors } = validateRosterRows([row(), row({ room: '102', deedNumber: '第123号' })]);
  expect(errors).toEqual([{ row: 3, message: expect.stringContaining('不动产权证号或购房合同号') }]);
  expect(errors[0].message).not.toContain('123');
});

test('deedLast6: the claimant and the roster normalise alike', () => {
  expect(deedLast6('0012345')).toBe('012345');
  expect(deedLast6('12345')).toBeNull();
  fc.assert(
    fc.property(fc.stringMatching(/^[0-9A-Za-z]{6,20}$/), fc.stringMatching(/^[ \-第号()]{0,4}$/), (core, noise) => {
      const last6 = deedLast6(core) as string;
      expect(last6).toHaveLength(6);
      expect(deedLast6(`${noise}${core.toLowerCase()}${noise}`)).toBe(last6);
      expect(deedLast6(last6)).toBe(last6);
    }),
  );
});
