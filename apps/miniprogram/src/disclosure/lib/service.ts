import { formatFen } from '@xiaoqu/shared';

/** A fee standard in fen per m² per month as people read it: `¥2.35/m²/月`. */
export function feeStandardText(fenPerM2Month: number): string {
  return `${formatFen(fenPerM2Month)}/m²/月`;
}
