import { chinaDay, parsePeriod, periodInFuture } from '@xiaoqu/shared';

/** `2026-11`: the month of a China day. */
export const currentMonth = (now: Date = new Date()): string => chinaDay(now.getTime()).slice(0, 7);

/**
 * The month staff most likely disclose next: the one after the newest month already there (drafts included), or
 * the current month in China time when there is none. Null when that month has not begun: accounts are of the past,
 * and the API refuses a period that has not begun.
 */
export function nextMonthToDisclose(periodKeys: readonly string[], now: Date = new Date()): string | null {
  let newest: { year: number; index: number } | null = null;
  for (const key of periodKeys) {
    const p = parsePeriod(key);
    if (!p || p.kind !== 'month') continue;
    if (!newest || p.year * 12 + p.index > newest.year * 12 + newest.index) newest = p;
  }
  if (!newest) return currentMonth(now);
  const year = newest.index === 12 ? newest.year + 1 : newest.year;
  const month = newest.index === 12 ? 1 : newest.index + 1;
  const next = `${year}-${String(month).padStart(2, '0')}`;
  return periodInFuture(next, chinaDay(now.getTime())) ? null : next;
}
