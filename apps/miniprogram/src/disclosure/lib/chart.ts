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
