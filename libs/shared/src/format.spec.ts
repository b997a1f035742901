import fc from 'fast-check';
import {
  chinaDay,
  chinaMinute,
  chinaMonth,
  formatArea,
  formatDateCn,
  formatMinuteCn,
  formatFen,
  isValidPhone,
  maskName,
  maskPhone,
  parseAreaCentiM2,
} from './format.js';

test.each([
  [0, '¥0.00'],
  [5, '¥0.05'],
  [123450, '¥1,234.50'],
  [-99, '-¥0.99'],
  [100000000, '¥1,000,000.00'],
])('formatFen(%i) = %s', (fen, text) => expect(formatFen(fen)).toBe(text));

test('formatFen refuses non-integers', () => {
  expect(() => formatFen(1.5)).toThrow(RangeError);
});

test.each([
  [8950, '89.5 m²'],
  [12000, '120 m²'],
  [4501, '45.01 m²'],
  [123456789, '1,234,567.89 m²'],
])('formatArea(%i) = %s', (centi, text) => expect(formatArea(centi)).toBe(text));

test.each([
  ['89.5', 8950],
  ['89.50', 8950],
  ['120', 12000],
  [' 45.01 ', 4501],
  ['0', null],
  ['-5', null],
  ['70.123', null],
  ['1e3', null],
  ['', null],
  ['八十', null],
])('parseAreaCentiM2(%j) = %p', (text, value) => expect(parseAreaCentiM2(text)).toBe(value));

test('parseAreaCentiM2 and formatArea agree on every area', () => {
  fc.assert(
    fc.property(fc.integer({ min: 1, max: 99_999_99 }), (centi) => {
      const text = formatArea(centi).replace(' m²', '').replace(/,/g, '');
      expect(parseAreaCentiM2(text)).toBe(centi);
    }),
  );
});

test('masks', () => {
  expect(maskName('张三')).toBe('张*');
  expect(maskName('欧阳小明')).toBe('欧***');
  expect(maskName('李')).toBe('*');
  expect(maskPhone('13812345678')).toBe('138****5678');
  expect(maskPhone('028-85551234')).toBe('028****1234');
});

test('phones', () => {
  for (const ok of ['13812345678', '19900000000', '028-85551234', '02885551234']) expect(isValidPhone(ok)).toBe(true);
  for (const bad of ['12812345678', '1381234567', '138123456789', '85551234', 'abc'])
    expect(isValidPhone(bad)).toBe(false);
});

test('dates read in China time', () => {
  expect(formatDateCn('2026-11-25T16:30:00Z')).toBe('2026年11月26日');
  expect(formatDateCn(new Date('2026-01-01T00:00:00+08:00'))).toBe('2026年1月1日');
  expect(formatMinuteCn('2026-11-25T16:05:00Z')).toBe('2026年11月26日 00:05');
});

test('China-time day, month and minute of an instant', () => {
  expect(chinaDay('2026-11-25T16:30:00Z')).toBe('2026-11-26');
  expect(chinaDay(Date.UTC(2026, 10, 25, 15, 59, 59))).toBe('2026-11-25');
  expect(chinaMonth(new Date('2026-11-30T16:00:00Z'))).toBe('2026-12');
  expect(chinaMinute('2026-11-26T06:05:30Z')).toBe('2026-11-26 14:05');
});
