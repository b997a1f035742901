import { groupThousands } from './format.js';
/** Items of China Civil Code art. 278 decided by the owners. */
export type MatterNo = 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9;

/** A unit as a vote counts it: its registered exclusive area and the key of its owner (one key, one person). */
export interface TallyUnit {
  unitId: string;
  areaCentiM2: number;
  ownerKey: string;
  developerUnsold?: boolean;
}

export interface TallyBallot {
  ownerKey: string;
  choice: 'agree' | 'disagree' | 'abstain';
}

export interface TallyPart {
  areaCentiM2: number;
  headcount: number;
}

export interface OwnerDecisionTally {
  /** `three-quarters` for matters 6, 7 and 8 of art. 278; `majority` for the others. */
  rule: 'majority' | 'three-quarters';
  total: TallyPart;
  participated: TallyPart;
  agreed: TallyPart;
  disagreed: TallyPart;
  abstained: TallyPart;
  participationMet: boolean;
  approvalMet: boolean;
  /** Both met. */
  approved: boolean;
}

/** The rule a matter is decided by: raising maintenance funds, rebuilding, changing the use of common parts → 3/4. */
export function ruleOf(matter: MatterNo): OwnerDecisionTally['rule'] {
  return matter === 6 || matter === 7 || matter === 8 ? 'three-quarters' : 'majority';
}

/** `part / whole ≥ a / b` exactly, by integer cross-multiplication. */
const atLeast = (part: number, whole: number, a: number, b: number) =>
  BigInt(part) * BigInt(b) >= BigInt(whole) * BigInt(a);
/** `part / whole > a / b` exactly. */
const moreThan = (part: number, whole: number, a: number, b: number) =>
  BigInt(part) * BigInt(b) > BigInt(whole) * BigInt(a);

/**
 * Tallies an owner decision under Civil Code art. 278 and the SPC interpretation (法释〔2009〕7号) arts. 8–9.
 *
 * - Headcount: one per ownerKey (an owner of several units, or co-owners sharing a key, count once); all
 *   developer-unsold units share one key and count as one person.
 * - A ballot covers every unit of its ownerKey; of several ballots of one key, the last in the array counts.
 * - Participation: participated area ≥ 2/3 of the total area AND participated headcount ≥ 2/3 of the total
 *   headcount (以上 includes the boundary). Abstentions participate.
 * - Approval: matters 6–8, agreed ≥ 3/4 of the participated area AND headcount; other matters, agreed strictly
 *   more than 1/2 (过半数) of both. Nobody participating approves nothing.
 * - All comparisons by integer cross-multiplication.
 *
 * Throws a RangeError on a non-integer or non-positive area, on a ballot whose ownerKey owns no unit, when
 * developer-unsold units do not share one ownerKey, on no units, and on a matter outside 1–9.
 */
export function tallyOwnerDecision(units: TallyUnit[], ballots: TallyBallot[], matter: MatterNo): OwnerDecisionTally {
  const { areaOf, totalArea, last } = countedBallots(units, ballots, matter);
  const part = (choices: TallyBallot['choice'][]): TallyPart => {
    let areaCentiM2 = 0;
    let headcount = 0;
    for (const [key, { choice }] of last) {
      if (!choices.includes(choice)) continue;
      areaCentiM2 += areaOf.get(key) as number;
      headcount += 1;
    }
    return { areaCentiM2, headcount };
  };
  return evaluateOwnerDecision(ruleOf(matter), {
    total: { areaCentiM2: totalArea, headcount: areaOf.size },
    agreed: part(['agree']),
    disagreed: part(['disagree']),
    abstained: part(['abstain']),
  });
}

/**
 * @internal Shared by the tallies in this package, not an API of its own. Checks the matter, the units and the
 * ballots with the refusals `tallyOwnerDecision` documents, and returns each ownerKey with the area of all its
 * units, the total area, and the last ballot of each key that voted (in the order of the array).
 */
export function countedBallots<B extends { ownerKey: string }>(
  units: TallyUnit[],
  ballots: B[],
  matter: MatterNo,
): { areaOf: Map<string, number>; totalArea: number; last: Map<string, B> } {
  if (!Number.isInteger(matter) || matter < 1 || matter > 9) throw new RangeError(`matter must be 1–9, got ${matter}`);
  if (units.length === 0) throw new RangeError('a vote needs at least one unit');
  const areaOf = new Map<string, number>();
  let developerKey: string | undefined;
  let totalArea = 0;
  for (const unit of units) {
    if (!Number.isSafeInteger(unit.areaCentiM2) || unit.areaCentiM2 <= 0) {
      throw new RangeError(`unit ${unit.unitId}: area must be a positive integer of 0.01 m², got ${unit.areaCentiM2}`);
    }
    if (unit.developerUnsold) {
      if (developerKey !== undefined && developerKey !== unit.ownerKey) {
        throw new RangeError(`developer-unsold units must share one ownerKey (${developerKey} and ${unit.ownerKey})`);
      }
      developerKey = unit.ownerKey;
    }
    areaOf.set(unit.ownerKey, (areaOf.get(unit.ownerKey) ?? 0) + unit.areaCentiM2);
    totalArea += unit.areaCentiM2;
  }
  if (!Number.isSafeInteger(totalArea)) throw new RangeError('total area overflows');

  const last = new Map<string, B>();
  for (const ballot of ballots) {
    if (!areaOf.has(ballot.ownerKey))
      throw new RangeError(`ballot of ${ballot.ownerKey}, who owns no unit in this vote`);
    last.set(ballot.ownerKey, ballot);
  }
  return { areaOf, totalArea, last };
}

/**
 * The thresholds applied to parts already summed (by `tallyOwnerDecision`, or by SQL over a live vote):
 * participation ≥ 2/3 of area and headcount; approval ≥ 3/4 or more than 1/2 of the participated area and
 * headcount; nobody participating approves nothing. Integer cross-multiplication only.
 */
export function evaluateOwnerDecision(
  rule: OwnerDecisionTally['rule'],
  parts: Pick<OwnerDecisionTally, 'total' | 'agreed' | 'disagreed' | 'abstained'>,
): OwnerDecisionTally {
  const { total, agreed, disagreed, abstained } = parts;
  const participated: TallyPart = {
    areaCentiM2: agreed.areaCentiM2 + disagreed.areaCentiM2 + abstained.areaCentiM2,
    headcount: agreed.headcount + disagreed.headcount + abstained.headcount,
  };
  const participationMet =
    atLeast(participated.areaCentiM2, total.areaCentiM2, 2, 3) &&
    atLeast(participated.headcount, total.headcount, 2, 3);
  const approvalMet =
    participated.headcount > 0 &&
    (rule === 'three-quarters'
      ? atLeast(agreed.areaCentiM2, participated.areaCentiM2, 3, 4) &&
        atLeast(agreed.headcount, participated.headcount, 3, 4)
      : moreThan(agreed.areaCentiM2, participated.areaCentiM2, 1, 2) &&
        moreThan(agreed.headcount, participated.headcount, 1, 2));
  return {
    rule,
    total,
    participated,
    agreed,
    disagreed,
    abstained,
    participationMet,
    approvalMet,
    approved: participationMet && approvalMet,
  };
}

/** @internal `3179/5726` → `3,179 / 5,726` with a percentage to one decimal, by integer arithmetic. */
export function share(part: number, whole: number, unit: 'm²' | '人'): string {
  const text =
    unit === 'm²'
      ? `${formatCenti(part)} / ${formatCenti(whole)} m²`
      : `${groupThousands(part)} / ${groupThousands(whole)} 人`;
  if (whole === 0) return text;
  const tenths = Math.floor((part * 1000 * 2 + whole) / (whole * 2));
  return `${text}（${Math.floor(tenths / 10)}.${tenths % 10}%）`;
}

function formatCenti(centi: number): string {
  const whole = groupThousands(Math.trunc(centi / 100));
  const frac = centi % 100;
  return frac === 0 ? whole : `${whole}.${String(frac).padStart(2, '0').replace(/0$/, '')}`;
}

const met = (ok: boolean) => (ok ? '已达到' : '未达到');

/** @internal The two participation lines every explanation of an owner decision opens with. */
export function participationLines(t: Pick<OwnerDecisionTally, 'total' | 'participated'>): string[] {
  const p = t.participated;
  return [
    `参与表决的专有面积 ${share(p.areaCentiM2, t.total.areaCentiM2, 'm²')}，需三分之二以上：${met(atLeast(p.areaCentiM2, t.total.areaCentiM2, 2, 3))}`,
    `参与表决的业主人数 ${share(p.headcount, t.total.headcount, '人')}，需三分之二以上：${met(atLeast(p.headcount, t.total.headcount, 2, 3))}`,
  ];
}

/**
 * Why a tally is what it is, in plain Chinese, one line per condition: each threshold with its exact
 * numbers, its percentage and whether it is met. Shown with results and printed with them.
 */
export function explainOwnerDecision(t: OwnerDecisionTally): string[] {
  const p = t.participated;
  const a = t.agreed;
  const lines = participationLines(t);
  if (t.rule === 'three-quarters') {
    lines.push(
      `同意的专有面积占参与面积 ${share(a.areaCentiM2, p.areaCentiM2, 'm²')}，需四分之三以上：${met(p.headcount > 0 && atLeast(a.areaCentiM2, p.areaCentiM2, 3, 4))}`,
    );
    lines.push(
      `同意的人数占参与人数 ${share(a.headcount, p.headcount, '人')}，需四分之三以上：${met(p.headcount > 0 && atLeast(a.headcount, p.headcount, 3, 4))}`,
    );
  } else {
    lines.push(
      `同意的专有面积占参与面积 ${share(a.areaCentiM2, p.areaCentiM2, 'm²')}，需过半数：${met(moreThan(a.areaCentiM2, p.areaCentiM2, 1, 2))}`,
    );
    lines.push(
      `同意的人数占参与人数 ${share(a.headcount, p.headcount, '人')}，需过半数：${met(moreThan(a.headcount, p.headcount, 1, 2))}`,
    );
  }
  lines.push(t.approved ? '结论：表决通过' : '结论：表决未通过');
  return lines;
}
