import {
  formatArea,
  formatRatio,
  groupThousands,
  type BuildingTurnout,
  type ChoiceTally,
  type OwnerDecisionTally,
  type ResidentPollView,
  type TallyPart,
  type VoteOptionView,
} from '@xiaoqu/shared';
import { CHOICE_LABELS, partLines } from './vote';

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

export interface OptionBar {
  /** The option's id, or `abstained`. */
  key: string;
  /** `「续聘锦程物业」` or `弃权` */
  label: string;
  /** Share of those who took part, by headcount and by area. */
  headcountPercent: number;
  areaPercent: number;
  /** `2,100 / 3,179 人 · 66.1%` and `200,000 m² / 300,123.45 m² · 66.6%` */
  headcountText: string;
  areaText: string;
  /** As the server judged it: its choosers reach the threshold (an option; false for abstaining). */
  approvalMet: boolean;
  adopted: boolean;
}

/**
 * A multi-option result as bars: each option, in the order given, then abstaining, as shares of those who took part
 * (area and headcount). Whether an option is adopted is the server's verdict, never re-judged here.
 */
export function optionBars(tally: ChoiceTally, options: VoteOptionView[]): OptionBar[] {
  const p = tally.participated;
  const bar = (key: string, label: string, part: TallyPart, approvalMet: boolean, adopted: boolean): OptionBar => {
    const lines = partLines(part, p);
    return {
      key,
      label,
      headcountPercent: barPercent(part.headcount, p.headcount),
      areaPercent: barPercent(part.areaCentiM2, p.areaCentiM2),
      headcountText: lines.headcount,
      areaText: lines.area,
      approvalMet,
      adopted,
    };
  };
  return [
    ...tally.options.map((o) => {
      const label = options.find((v) => v.id === o.optionId)?.label ?? o.optionId;
      return bar(o.optionId, `「${label}」`, o.chose, o.approvalMet, tally.adopted === o.optionId);
    }),
    bar('abstained', CHOICE_LABELS.abstain, tally.abstained, false, false),
  ];
}

/** The outcome of a multi-option vote in one line: the adopted option, or that nothing was decided. */
export function choiceVerdict(tally: ChoiceTally, options: VoteOptionView[]): string {
  if (tally.adopted === null)
    return tally.participationMet
      ? '未形成决定：没有一个选项同时获得参与面积和参与人数的' +
          (tally.rule === 'three-quarters' ? '四分之三以上' : '过半数')
      : '未形成决定：参与表决的业主未达到三分之二';
  const label = options.find((o) => o.id === tally.adopted)?.label ?? tally.adopted;
  return `通过「${label}」`;
}
