import { line } from '../../../test/disclosure-fixtures';
import { detail } from '../../../test/disclosure-fixtures';
import { axisLabel, expenseChartData, expenseRows } from './chart';
import { feeStandardText } from './service';

describe('expense chart data', () => {
  const current = [
    line({ category: 'property_fee', amountFen: 50_000_000 }),
    line({ category: 'repairs', amountFen: 1_234_567 }),
    line({ category: 'wages', amountFen: 3_000_000 }),
    line({ category: 'wages', amountFen: 1 }),
    line({ category: 'cleaning', amountFen: 0 }),
  ];
  const previous = [
    line({ category: 'wages', amountFen: 3_000_000 }),
    line({ category: 'elevator', amountFen: 400_000 }),
    line({ category: 'repairs', amountFen: 1_000_000 }),
  ];

  it('has one bar per expense category in the fixed order, income left out, empty in both periods left out', () => {
    const data = expenseChartData(detail(current, previous));
    expect(data.categories).toEqual(['人员工资', '电梯', '维修']);
    expect(data.series).toEqual([
      { name: '本期', data: [30000.01, 0, 12345.67] },
      { name: '上期', data: [30000, 4000, 10000] },
    ]);
  });

  it('draws only this period when there is no previous one', () => {
    const data = expenseChartData(detail(current, null));
    expect(data.categories).toEqual(['人员工资', '维修']);
    expect(data.series).toEqual([{ name: '本期', data: [30000.01, 12345.67] }]);
  });

  it('gives each category its exact change against the previous period', () => {
    const rows = expenseRows(detail(current, previous));
    expect(rows.map((r) => [r.label, r.currentFen, r.previousFen, r.change?.amount, r.change?.ratio])).toEqual([
      ['人员工资', 3_000_001, 3_000_000, '+¥0.01', '+0.0%'],
      ['电梯', 0, 400_000, '-¥4,000.00', '-100.0%'],
      ['维修', 1_234_567, 1_000_000, '+¥2,345.67', '+23.5%'],
    ]);
  });

  it('has no bars for a period without expenses', () => {
    expect(expenseChartData(detail([line({ category: 'parking', amountFen: 5 })], null))).toEqual({
      categories: [],
      series: [{ name: '本期', data: [] }],
    });
  });
});

describe('feeStandardText', () => {
  it('reads fen per m² per month as yuan', () => {
    expect(feeStandardText(235)).toBe('¥2.35/m²/月');
    expect(feeStandardText(1200)).toBe('¥12.00/m²/月');
  });
});

describe('axisLabel', () => {
  it('keeps ticks short: yuan below 10,000, then 万', () => {
    expect(['0', 2663.1, 9999.4, 10_000, 26_631, 131_500.5].map(axisLabel)).toEqual([
      '0',
      '2663',
      '9999',
      '1万',
      '2.7万',
      '13万',
    ]);
  });
});
