import {
  formatArea,
  formatRatio,
  groupThousands,
  type BuildingTurnout,
  type OwnerDecisionTally,
  type ResidentPollView,
} from '@xiaoqu/shared';
import { CHOICE_LABELS } from './vote';

/** A bar's width in whole percent of the track, 0–100; 0 for an empty whole. */
export function barPercent(part: number, whole: number): number {
  if (whole <= 0 || part <= 0) return 0;
  return Math.min(100, Math.max(1, Math.round((part * 100) / whole)));
}

export interface TurnoutRow {
  buildingId: number;
  building: string;
  /** `12 / 40 户 · 30.0%` */
  unitsText: string;
  /** `1,234.5 m² / 4,000 m²` */
  areaText: string;
  percent: number;
}

/** Each building's turnout by units, in the order the API gives (the roster's). */
export function turnoutRows(buildings: BuildingTurnout[]): TurnoutRow[] {
  return buildings.map((b) => {
    const ratio = formatRatio(b.votedUnits, b.units);
    return {
      buildingId: b.buildingId,
      building: b.building,
      unitsText: `${groupThousands(b.votedUnits)} / ${groupThousands(b.units)} 户${ratio ? ` · ${ratio}` : ''}`,
      areaText: `${formatArea(b.votedAreaCentiM2)} / ${formatArea(b.areaCentiM2)}`,
      percent: barPercent(b.votedUnits, b.units),
    };
  });
}

export interface ResultBar {
  key: 'agreed' | 'disagreed' | 'abstained';
  label: string;
  /** Share of those who took part, by headcount and by area. */
  headcountPercent: number;
  areaPercent: number;
  /** `2,100 人 · 66.1%` and `200,000 m² · 66.6%` */
  headcountText: string;
  areaText: string;
}

const KEYS = [
  ['agreed', 'agree'],
  ['disagreed', 'disagree'],
  ['abstained', 'abstain'],
] as const;

/** Agree, disagree and abstain as shares of participation, for the result chart. */
export function resultBars(tally: OwnerDecisionTally): ResultBar[] {
  const p = tally.participated;
  return KEYS.map(([key, choice]) => {
    const part = tally[key];
    const hr = formatRatio(part.headcount, p.headcount);
    const ar = formatRatio(part.areaCentiM2, p.areaCentiM2);
    return {
      key,
      label: CHOICE_LABELS[choice],
      headcountPercent: barPercent(part.headcount, p.headcount),
      areaPercent: barPercent(part.areaCentiM2, p.areaCentiM2),
      headcountText: `${groupThousands(part.headcount)} 人${hr ? ` · ${hr}` : ''}`,
      areaText: `${formatArea(part.areaCentiM2)}${ar ? ` · ${ar}` : ''}`,
    };
  });
}

/** Where the threshold line sits on the approval chart: over half, or three quarters. */
export function approvalMarkPercent(rule: OwnerDecisionTally['rule']): number {
  return rule === 'three-quarters' ? 75 : 50;
}

export interface PollSummary {
  total: number;
  /** `同意 3 · 不同意 1 · 弃权 0（共 4 人）` */
  counts: string;
  /** The simple-majority result in words. */
  verdict: string;
}

/** A resident poll in words: it counts people, one each, and never decides for the owners. */
export function pollSummary(
  poll: Pick<ResidentPollView, 'agree' | 'disagree' | 'abstain' | 'majorityAgrees' | 'status'>,
): PollSummary {
  const total = poll.agree + poll.disagree + poll.abstain;
  const counts = `同意 ${groupThousands(poll.agree)} · 不同意 ${groupThousands(poll.disagree)} · 弃权 ${groupThousands(poll.abstain)}（共 ${groupThousands(total)} 人）`;
  let verdict: string;
  if (total === 0) verdict = '还没有居民发表意见';
  else if (poll.status === 'open') verdict = poll.majorityAgrees ? '目前过半数同意' : '目前未过半数同意';
  else verdict = poll.majorityAgrees ? '征询结果：过半数居民同意' : '征询结果：未过半数居民同意';
  return { total, counts, verdict };
}
