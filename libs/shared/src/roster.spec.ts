import { mapRosterHeaders, validateRosterRows, type RosterRowInput } from './roster.js';

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
