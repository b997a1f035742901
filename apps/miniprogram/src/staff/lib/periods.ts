import { parsePeriod } from '@xiaoqu/shared';

/**
 * The month staff most likely disclose next: the one after the newest month already there (drafts included), or
 * the current month in China time when there is none.
 */
export function nextMonthToDisclose(periodKeys: readonly string[], now: Date = new Date()): string {
  let newest: { year: number; index: number } | null = null;
  for (const key of periodKeys) {
    const p = parsePeriod(key);
    if (!p || p.kind !== 'month') continue;
    if (!newest || p.year * 12 + p.index > newest.year * 12 + newest.index) newest = p;
  }
  if (!newest) {
    const cn = new Date(now.getTime() + 8 * 3600_000);
    return `${cn.getUTCFullYear()}-${String(cn.getUTCMonth() + 1).padStart(2, '0')}`;
  }
  const year = newest.index === 12 ? newest.year + 1 : newest.year;
  const month = newest.index === 12 ? 1 : newest.index + 1;
  return `${year}-${String(month).padStart(2, '0')}`;
}
