import fc from 'fast-check';
import {
  lineNeedsVoucher,
  canonicalJson,
  computeTotals,
  EXPENSE_CATEGORIES,
  formatRatio,
  INCOME_CATEGORIES,
  parseDay,
  parsePeriod,
  periodInFuture,
  lineDayProblem,
  parseYuanToFen,
  periodLabel,
  previousPeriod,
  validateLineRows,
  type LineAmount,
  type LineRowInput,
} from './disclosure.js';

const category = fc.constantFrom(...INCOME_CATEGORIES, ...EXPENSE_CATEGORIES);
const line = fc.record({ category, amountFen: fc.integer({ min: 0, max: 2_000_000_000 }) });

describe('computeTotals', () => {
  test('totals are exact sums in fen, whatever the lines (property)', () => {
    fc.assert(
      fc.property(fc.array(line, { maxLength: 300 }), (lines: LineAmount[]) => {
        const totals = computeTotals(lines);
        const income = lines.filter((l) => (INCOME_CATEGORIES as readonly string[]).includes(l.category));
        const expected = (ls: LineAmount[]) => ls.reduce((s, l) => s + BigInt(l.amountFen), 0n);
        expect(BigInt(totals.incomeFen)).toBe(expected(income));
        expect(BigInt(totals.expenseFen)).toBe(expected(lines) - expected(income));
        expect(totals.balanceFen).toBe(totals.incomeFen - totals.expenseFen);
        const byCategory = Object.values(totals.byCategory).reduce((s, v) => s + (v ?? 0), 0);
        expect(byCategory).toBe(totals.incomeFen + totals.expenseFen);
        for (const v of [totals.incomeFen, totals.expenseFen, totals.balanceFen])
          expect(Number.isInteger(v)).toBe(true);
      }),
    );
  });

  test('the order of lines does not matter (property)', () => {
    fc.assert(
      fc.property(fc.array(line, { maxLength: 50 }), (lines) => {
        expect(computeTotals([...lines].reverse())).toEqual(computeTotals(lines));
      }),
    );
  });

  test('collection sums the property-fee households', () => {
    const totals = computeTotals([
      { category: 'property_fee', amountFen: 100, householdsBilled: 10, householdsPaid: 9 },
      { category: 'property_fee', amountFen: 50, householdsBilled: 5, householdsPaid: 5 },
      { category: 'parking', amountFen: 7 },
    ]);
    expect(totals.collection).toEqual({ billed: 15, paid: 14 });
    expect(computeTotals([{ category: 'parking', amountFen: 1 }]).collection).toBeNull();
  });

  test('refuses what is not money', () => {
    expect(() => computeTotals([{ category: 'wages', amountFen: 1.5 }])).toThrow(RangeError);
    expect(() => computeTotals([{ category: 'wages', amountFen: -1 }])).toThrow(RangeError);
    expect(() => computeTotals([{ category: 'lottery' as never, amountFen: 1 }])).toThrow(RangeError);
    expect(() =>
      computeTotals([
        { category: 'wages', amountFen: Number.MAX_SAFE_INTEGER },
        { category: 'wages', amountFen: 1 },
      ]),
    ).toThrow(RangeError);
  });
});

test.each([
  [3179, 5726, 1, '55.5%'],
  [1, 3, 1, '33.3%'],
  [2, 3, 1, '66.7%'],
  [1, 8, 1, '12.5%'],
  [1, 8, 0, '13%'],
  [5726, 5726, 1, '100.0%'],
  [0, 7, 2, '0.00%'],
])('formatRatio(%i, %i, %i) = %s', (part, whole, decimals, text) =>
  expect(formatRatio(part, whole, decimals)).toBe(text),
);

test('formatRatio of nothing is null', () => expect(formatRatio(0, 0)).toBeNull());

test('periods', () => {
  expect(parsePeriod('2026-11')).toEqual({ kind: 'month', year: 2026, index: 11 });
  expect(parsePeriod('2026-Q4')).toEqual({ kind: 'quarter', year: 2026, index: 4 });
  expect(parsePeriod('2026')).toEqual({ kind: 'year', year: 2026, index: 1 });
  expect(parsePeriod('2026-13')).toBeNull();
  expect(parsePeriod('2026-Q5')).toBeNull();
  expect(previousPeriod('2026-01')).toBe('2025-12');
  expect(previousPeriod('2026-11')).toBe('2026-10');
  expect(previousPeriod('2026-Q1')).toBe('2025-Q4');
  expect(previousPeriod('2026')).toBe('2025');
  expect(periodLabel('2026-03')).toBe('2026年3月');
  expect(periodLabel('2026-Q2')).toBe('2026年第2季度');
});

test.each([
  ['1234.5', 123450],
  ['1,234.50', 123450],
  ['¥88', 8800],
  ['0', 0],
  ['0.05', 5],
  ['12,34', null],
  ['1.234', null],
  ['-3', null],
  ['abc', null],
])('parseYuanToFen(%j) = %p', (text, fen) => expect(parseYuanToFen(text)).toBe(fen));

test('parseDay', () => {
  expect(parseDay('2026-11-05')).toBe('2026-11-05');
  expect(parseDay('2026/1/5')).toBe('2026-01-05');
  expect(parseDay('2026年1月5日')).toBe('2026-01-05');
  expect(parseDay('2026-02-30')).toBeNull();
  expect(parseDay('yesterday')).toBeNull();
  expect(parseDay('9999-99-99')).toBeNull();
  expect(parseDay('2026-13-45')).toBeNull();
  expect(parseDay('2028-02-29')).toBe('2028-02-29');
  expect(parseDay('2026-02-29')).toBeNull();
});

test('a line dated after today, and a period that has not begun, are in the future', () => {
  expect(lineDayProblem('2026-11-29', '2026-11', '2026-11-29')).toBeNull();
  expect(lineDayProblem('2026-11-30', '2026-11', '2026-11-29')).toContain('晚于今天');
  expect(lineDayProblem('2026-11-30', '2026-11')).toBeNull();
  expect(periodInFuture('2026-11', '2026-11-29')).toBe(false);
  expect(periodInFuture('2026-12', '2026-11-29')).toBe(true);
  expect(periodInFuture('2026-Q4', '2026-11-29')).toBe(false);
  expect(periodInFuture('2027-Q1', '2026-11-29')).toBe(true);
  expect(periodInFuture('2026', '2026-11-29')).toBe(false);
  expect(periodInFuture('2027', '2026-12-31')).toBe(true);
  expect(periodInFuture('2027', '2027-01-01')).toBe(false);
});

test('line rows: every bad row with every reason, dates inside the period', () => {
  const row = (over: Partial<LineRowInput>): LineRowInput => ({
    category: '保洁',
    amount: '100',
    occurredOn: '2026-11-03',
    counterparty: '保洁公司',
    note: '',
    householdsBilled: '',
    householdsPaid: '',
    ...over,
  });
  const { rows, errors } = validateLineRows(
    [
      row({}),
      row({ category: '物业费', householdsBilled: '10', householdsPaid: '11' }),
      row({ householdsBilled: '3', householdsPaid: '3' }),
      row({ occurredOn: '2026-12-01' }),
    ],
    [2, 3, 5, 9],
    '2026-11',
  );
  expect(rows).toHaveLength(1);
  expect(errors).toEqual([
    { row: 3, message: '实收户数不能多于应收户数' },
    { row: 5, message: '只有物业费行填写户数' },
    { row: 9, message: '日期 2026-12-01 不在本期内' },
  ]);
});

test('canonical JSON sorts keys, keeps integers and refuses floats', () => {
  expect(canonicalJson({ b: 1, a: [true, null, 'x'], c: undefined })).toBe('{"a":[true,null,"x"],"b":1}');
  expect(canonicalJson({ a: { z: 1, y: 2 } })).toBe(canonicalJson({ a: { y: 2, z: 1 } }));
  expect(() => canonicalJson({ a: 0.1 })).toThrow(RangeError);
});

test('a line over 20 million yuan is refused with its row, not left to overflow the column', () => {
  const row = {
    category: '停车费',
    amount: '30000000',
    occurredOn: '2026-11-05',
    counterparty: '某公司',
    note: '',
    householdsBilled: '',
    householdsPaid: '',
  };
  expect(validateLineRows([row], 2, '2026-11').errors).toEqual([{ row: 2, message: expect.stringContaining('过大') }]);
  expect(validateLineRows([{ ...row, amount: '20000000' }], 2, '2026-11').errors).toEqual([]);
});

describe('lineNeedsVoucher', () => {
  const trust = { billingModel: 'trust' as const, voucherRequiredAboveFen: 100_000 };
  const expense = { direction: 'expense' as const, amountFen: 100_001, voucherCount: 0 };
  test('an expense above the threshold without a voucher, in the trust model only', () => {
    expect(lineNeedsVoucher(trust, expense)).toBe(true);
    expect(lineNeedsVoucher(trust, { ...expense, amountFen: 100_000 })).toBe(false); // at the threshold: not above
    expect(lineNeedsVoucher(trust, { ...expense, voucherCount: 1 })).toBe(false);
    expect(lineNeedsVoucher(trust, { ...expense, direction: 'income' })).toBe(false);
    expect(lineNeedsVoucher({ billingModel: 'lump_sum', voucherRequiredAboveFen: null }, expense)).toBe(false);
    expect(lineNeedsVoucher({ ...trust, voucherRequiredAboveFen: null }, expense)).toBe(false);
  });
});
