import {
  CATEGORY_LABELS,
  EXPENSE_CATEGORIES,
  type AccountDisclosureDetail,
  type ExpenseCategory,
} from '@xiaoqu/shared';
import { changeOf, type Change } from '../../services/disclosure';

/** What the expense chart draws: one bar per category, this period and (when there is one) the previous. */
export interface ExpenseChartData {
  categories: string[];
  series: { name: string; data: number[] }[];
}

export interface CategoryRow {
  category: ExpenseCategory;
  label: string;
  currentFen: number;
  previousFen: number | null;
  change: Change | null;
}

type Source = Pick<AccountDisclosureDetail, 'totals' | 'previousTotals'>;

/**
 * The expense categories of this period and the previous one, in the fixed order of libs/shared, leaving out those
 * empty in both periods; amounts stay integer fen.
 */
export function expenseRows(detail: Source): CategoryRow[] {
  const previous = detail.previousTotals;
  return EXPENSE_CATEGORIES.flatMap((category) => {
    const currentFen = detail.totals.byCategory[category] ?? 0;
    const previousFen = previous ? (previous.byCategory[category] ?? 0) : null;
    if (currentFen === 0 && !previousFen) return [];
    return [
      {
        category,
        label: CATEGORY_LABELS[category],
        currentFen,
        previousFen,
        change: previousFen === null ? null : changeOf(currentFen, previousFen),
      },
    ];
  });
}

/** Fen to yuan for drawing only (a bar's length); every amount shown as text stays exact fen. */
const yuan = (fen: number) => Math.round(fen) / 100;

/** The chart's series, derived from the detail alone: the expense bars of this period and of the previous one. */
export function expenseChartData(detail: Source): ExpenseChartData {
  const rows = expenseRows(detail);
  const series = [{ name: '本期', data: rows.map((r) => yuan(r.currentFen)) }];
  if (detail.previousTotals) series.push({ name: '上期', data: rows.map((r) => yuan(r.previousFen ?? 0)) });
  return { categories: rows.map((r) => r.label), series };
}

/** A value-axis tick in yuan, short enough not to collide: `0`, `850`, `2.6万`, `13万`. */
export function axisLabel(yuanValue: number | string): string {
  const v = Math.max(0, Number(yuanValue) || 0);
  if (v < 10_000) return String(Math.round(v));
  const wan = v / 10_000;
  return `${wan >= 10 ? Math.round(wan) : Math.round(wan * 10) / 10}万`;
}

/** The chart's text size at the stylesheet's scale (px), as the rest of the page's secondary text. */
export const CHART_FONT_PX = 13;
const BAR_PX = 16;
const MIN_HEIGHT_PX = 160;
const COLORS = ['#0b6e4f', '#9aa0a6'];

/**
 * The chart's text size (px) at the person's text scale (关怀模式 and the phone's own setting, see
 * services/care-mode.ts), never below the mode's floor: the labels grow as the page's text does.
 */
export function chartFontPx(scale: number, minPx = 0): number {
  return Math.max(Math.round(CHART_FONT_PX * Math.max(1, scale)), minPx);
}

/** How much the chart grows with its text: 1 at the stylesheet's size. */
const growth = (fontPx: number) => fontPx / CHART_FONT_PX;

/**
 * The canvas height (px): room per category for its bars and a gap, plus the legend and the value axis, all of it
 * growing with the text so that larger labels never overlap.
 */
export function expenseChartHeight(data: ExpenseChartData, fontPx = CHART_FONT_PX): number {
  const base = Math.max(MIN_HEIGHT_PX, data.categories.length * (data.series.length * BAR_PX + 14) + 72);
  return Math.round(base * growth(fontPx));
}

/**
 * The uCharts options (without the canvas, its size and pixel ratio): horizontal bars, one group per category, no
 * values on the bars (the table under the chart has them exactly). Every text size is `fontPx`.
 */
export function expenseChartOptions(data: ExpenseChartData, fontPx = CHART_FONT_PX) {
  const k = growth(fontPx);
  return {
    type: 'bar',
    categories: data.categories,
    // `textSize` would size the values on the bars, were they drawn.
    series: data.series.map((s) => ({ ...s, textSize: fontPx })),
    color: COLORS,
    animation: false,
    background: '#FFFFFF',
    // uCharts draws the category labels (the bar chart's y axis) at this size.
    fontSize: fontPx,
    fontColor: '#1a1a1a',
    padding: [8, Math.round(24 * k), 8, 8],
    dataLabel: false,
    legend: {
      show: data.series.length > 1,
      position: 'top',
      float: 'left',
      fontSize: fontPx,
      lineHeight: fontPx,
      itemGap: Math.round(10 * k),
    },
    xAxis: {
      boundaryGap: 'justify',
      disableGrid: false,
      min: 0,
      splitNumber: 4,
      axisLine: false,
      fontColor: '#3c3f45',
      fontSize: fontPx,
      lineHeight: Math.round(20 * k),
      formatter: axisLabel,
    },
    // Measured at this size to make room for the labels.
    yAxis: { fontColor: '#1a1a1a', fontSize: fontPx },
    extra: {
      bar: {
        type: 'group',
        width: Math.round((BAR_PX - 2) * k),
        seriesGap: 2,
        categoryGap: Math.round(4 * k),
        linearType: 'none',
      },
    },
  };
}
