import { line } from '../../../test/disclosure-fixtures';
import { detail } from '../../../test/disclosure-fixtures';
import { CARE_FONT_MIN_PX, CARE_FONT_SCALE } from '../../services/care-mode';
import {
  axisLabel,
  CHART_FONT_PX,
  chartFontPx,
  expenseChartData,
  expenseChartHeight,
  expenseChartOptions,
  expenseRows,
} from './chart';
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

describe("chart text at the person's text size", () => {
  const data = {
    categories: ['人员工资', '电梯', '维修'],
    series: [
      { name: '本期', data: [1, 2, 3] },
      { name: '上期', data: [3, 2, 1] },
    ],
  };
  /** Every text size in the options, wherever uCharts reads one. */
  const textSizes = (options: ReturnType<typeof expenseChartOptions>) => [
    options.fontSize,
    options.legend.fontSize,
    options.xAxis.fontSize,
    options.yAxis.fontSize,
    ...options.series.map((s) => s.textSize),
  ];

  it("scales with the mode and the phone, never below the mode's floor, never below the stylesheet", () => {
    expect(chartFontPx(1)).toBe(CHART_FONT_PX);
    expect(chartFontPx(0.8)).toBe(CHART_FONT_PX);
    expect(chartFontPx(CARE_FONT_SCALE, CARE_FONT_MIN_PX)).toBe(CARE_FONT_MIN_PX);
    expect(chartFontPx(1.5, CARE_FONT_MIN_PX)).toBe(20);
    expect(chartFontPx(2)).toBe(26);
  });

  it('uses one size for axis labels, legend and data labels', () => {
    expect(new Set(textSizes(expenseChartOptions(data)))).toEqual(new Set([CHART_FONT_PX]));
    expect(new Set(textSizes(expenseChartOptions(data, 20)))).toEqual(new Set([20]));
    const large = expenseChartOptions(data, 20);
    expect(large.legend.lineHeight).toBe(20);
    expect(large.xAxis.lineHeight).toBeGreaterThanOrEqual(20 * 1.4);
  });

  it('keeps what it draws at the stylesheet size as before', () => {
    const options = expenseChartOptions(data);
    expect(options).toMatchObject({
      type: 'bar',
      categories: data.categories,
      dataLabel: false,
      padding: [8, 24, 8, 8],
      legend: { show: true, position: 'top' },
      xAxis: { fontSize: 13, lineHeight: 20, formatter: axisLabel },
      extra: { bar: { type: 'group', width: 14, categoryGap: 4 } },
    });
    expect(options.series.map((s) => s.data)).toEqual([
      [1, 2, 3],
      [3, 2, 1],
    ]);
    expect(expenseChartOptions({ ...data, series: [data.series[0]!] }).legend.show).toBe(false);
  });

  it('grows the chart with the text, so larger labels keep their room', () => {
    expect(expenseChartHeight(data)).toBe(3 * (2 * 16 + 14) + 72);
    expect(expenseChartHeight({ categories: ['维修'], series: [data.series[0]!] })).toBe(160);
    const at = (px: number) => expenseChartHeight(data, px);
    expect(at(20)).toBe(Math.round(at(13) * (20 / 13)));
    expect(at(26)).toBeGreaterThan(at(20));
    // Per category at least one and a half lines of its label.
    expect(at(26) / data.categories.length).toBeGreaterThan(26 * 1.5);
  });
});
