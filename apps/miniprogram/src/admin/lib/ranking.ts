import { groupThousands, type CompoundComplaintRank } from '@xiaoqu/shared';

type Rated = Pick<CompoundComplaintRank, 'compoundId' | 'count' | 'households'>;

/** Compares rates per household exactly (`a.count / a.households` against b's), by cross-multiplying integers. */
function compareRate(a: Rated, b: Rated): number {
  const ha = Math.max(a.households, 0);
  const hb = Math.max(b.households, 0);
  // A compound without households has no rate: it goes last.
  if (ha === 0 || hb === 0) return (ha === 0 ? 1 : 0) - (hb === 0 ? 1 : 0);
  return b.count * ha - a.count * hb;
}

/**
 * The ranking as the API computes the rate (complaints per 100 households): the highest rate first; equal rates by
 * more complaints, then by compound, so the order is stable.
 */
export function rankByRate<T extends Rated>(rows: readonly T[]): T[] {
  return [...rows].sort((a, b) => compareRate(a, b) || b.count - a.count || a.compoundId - b.compoundId);
}

/**
 * Each rate's bar as a percentage of the highest rate's (the longest bar): one scale for every row. A rate above
 * zero is never drawn thinner than 2%.
 */
export function rateBarPercents<T extends Rated>(ranked: readonly T[]): Map<number, number> {
  const top = ranked.find((r) => r.households > 0 && r.count > 0);
  return new Map(
    ranked.map((r) => {
      if (!top || r.households <= 0 || r.count <= 0) return [r.compoundId, 0];
      const percent = Math.round((r.count * top.households * 100) / (top.count * r.households));
      return [r.compoundId, Math.max(2, Math.min(100, percent))];
    }),
  );
}

/** `1234.56` → `1,234.56`: the API's exact decimal with its whole part grouped. */
export function groupDecimal(decimal: string): string {
  const [whole, fraction] = decimal.split('.');
  const n = Number(whole);
  if (!/^\d+$/.test(whole) || !Number.isSafeInteger(n)) return decimal;
  return fraction === undefined ? groupThousands(n) : `${groupThousands(n)}.${fraction}`;
}

/** The highest monthly count of any compound's trend: every trend's bars are drawn on this one scale. */
export function trendScale(rows: readonly Pick<CompoundComplaintRank, 'trend'>[]): number {
  return Math.max(0, ...rows.flatMap((r) => r.trend));
}
