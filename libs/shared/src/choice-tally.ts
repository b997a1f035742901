import {
  countedBallots,
  evaluateOwnerDecision,
  participationLines,
  ruleOf,
  share,
  type MatterNo,
  type OwnerDecisionTally,
  type TallyPart,
  type TallyUnit,
} from './tally.js';

/** One owner's choice among the options of a multi-option decision; `null` abstains. */
export interface ChoiceBallot {
  ownerKey: string;
  optionId: string | null;
}

/** How one option fared: the area and headcount of the owners who chose it, and whether that is enough. */
export interface OptionResult {
  optionId: string;
  chose: TallyPart;
  /** Its choosers are more than half (matters 6–8: at least three quarters) of the participated area AND headcount. */
  approvalMet: boolean;
}

/** The result of a multi-option owner decision. */
export interface ChoiceTally {
  /** `three-quarters` for matters 6, 7 and 8 of art. 278; `majority` for the others. */
  rule: OwnerDecisionTally['rule'];
  total: TallyPart;
  participated: TallyPart;
  abstained: TallyPart;
  /** In the order the options were given. */
  options: OptionResult[];
  participationMet: boolean;
  /** The option meeting approval when participation is met too; otherwise `null` (a plurality decides nothing). */
  adopted: string | null;
}

const MIN_OPTIONS = 2;
// A limit of the product, to keep a ballot readable on a phone and on paper.
const MAX_OPTIONS = 9;

function checkOptions(optionIds: string[]): void {
  if (optionIds.length < MIN_OPTIONS || optionIds.length > MAX_OPTIONS) {
    throw new RangeError(`a choice needs ${MIN_OPTIONS}–${MAX_OPTIONS} options, got ${optionIds.length}`);
  }
  if (new Set(optionIds).size !== optionIds.length)
    throw new RangeError(`duplicate option ids: ${optionIds.join(', ')}`);
}

/**
 * Tallies a multi-option owner decision: one choice per owner, and an option is adopted only with its own
 * majority (matters 6–8: three quarters) of the participated area AND headcount, never by plurality.
 *
 * Counts as `tallyOwnerDecision` does: headcount one per ownerKey, developer-unsold units one person, the last
 * ballot of a key counts (in the order of the array), abstentions participate, participation ≥ 2/3 of the total
 * area AND headcount, every comparison by integer cross-multiplication. At most one option can meet approval.
 *
 * Throws a RangeError on fewer than two or more than nine options, duplicate option ids, a ballot for an
 * unknown option, and on everything `tallyOwnerDecision` refuses.
 */
export function tallyChoice(
  units: TallyUnit[],
  ballots: ChoiceBallot[],
  options: string[],
  matter: MatterNo,
): ChoiceTally {
  checkOptions(options);
  const known = new Set(options);
  for (const ballot of ballots) {
    if (ballot.optionId !== null && !known.has(ballot.optionId)) {
      throw new RangeError(`ballot of ${ballot.ownerKey} for ${ballot.optionId}, which is not an option`);
    }
  }
  const { areaOf, totalArea, last } = countedBallots(units, ballots, matter);
  // null collects the abstentions beside the options.
  const sums = new Map<string | null, TallyPart>(
    [null, ...options].map((id) => [id, { areaCentiM2: 0, headcount: 0 }]),
  );
  for (const [key, { optionId }] of last) {
    const sum = sums.get(optionId) as TallyPart;
    sum.areaCentiM2 += areaOf.get(key) as number;
    sum.headcount += 1;
  }
  return evaluateChoice(ruleOf(matter), {
    total: { areaCentiM2: totalArea, headcount: areaOf.size },
    abstained: sums.get(null) as TallyPart,
    options: options.map((optionId) => ({ optionId, chose: sums.get(optionId) as TallyPart })),
  });
}

/**
 * The thresholds of a multi-option decision applied to parts already summed (by `tallyChoice`, or by SQL over a
 * live vote). Each option is judged as an owner decision of its own, its choosers agreeing and the choosers of the
 * other options disagreeing, so both kinds of decision share one set of thresholds.
 *
 * Throws a RangeError on fewer than two or more than nine options, or duplicate option ids.
 */
export function evaluateChoice(
  rule: ChoiceTally['rule'],
  parts: { total: TallyPart; abstained: TallyPart; options: { optionId: string; chose: TallyPart }[] },
): ChoiceTally {
  const { total, abstained } = parts;
  checkOptions(parts.options.map((o) => o.optionId));
  const participated: TallyPart = { ...abstained };
  for (const { chose } of parts.options) {
    participated.areaCentiM2 += chose.areaCentiM2;
    participated.headcount += chose.headcount;
  }
  const judged = parts.options.map(({ optionId, chose }) => {
    const others: TallyPart = {
      areaCentiM2: participated.areaCentiM2 - abstained.areaCentiM2 - chose.areaCentiM2,
      headcount: participated.headcount - abstained.headcount - chose.headcount,
    };
    const t = evaluateOwnerDecision(rule, { total, agreed: chose, disagreed: others, abstained });
    return { optionId, chose, approvalMet: t.approvalMet, participationMet: t.participationMet };
  });
  // Participation does not depend on the option; every judgement has the same.
  const participationMet = judged[0].participationMet;
  const adopted = participationMet ? (judged.find((o) => o.approvalMet)?.optionId ?? null) : null;
  return {
    rule,
    total,
    participated,
    abstained,
    options: judged.map(({ optionId, chose, approvalMet }) => ({ optionId, chose, approvalMet })),
    participationMet,
    adopted,
  };
}

/**
 * Why a multi-option tally is what it is, in plain Chinese: the two participation lines, one line per option
 * with its area and headcount among the participants, then the conclusion. `labels` maps each option id to the
 * text the owners saw; a RangeError is thrown when one is missing.
 */
export function explainChoice(t: ChoiceTally, labels: Record<string, string>): string[] {
  const label = (optionId: string) => {
    const text = labels[optionId];
    if (text === undefined) throw new RangeError(`no label for option ${optionId}`);
    return `「${text}」`;
  };
  const needed = t.rule === 'three-quarters' ? '四分之三以上' : '过半数';
  const p = t.participated;
  const lines = participationLines(t);
  for (const o of t.options) {
    lines.push(
      `选择${label(o.optionId)}的专有面积占参与面积 ${share(o.chose.areaCentiM2, p.areaCentiM2, 'm²')}，` +
        `人数占参与人数 ${share(o.chose.headcount, p.headcount, '人')}，需${needed}：${o.approvalMet ? '已达到' : '未达到'}`,
    );
  }
  if (!t.participationMet) lines.push('结论：参与表决的业主未达到三分之二，未形成决定');
  else if (t.adopted !== null) lines.push(`结论：通过${label(t.adopted)}`);
  else lines.push(`结论：未形成决定（没有一个选项同时获得参与面积和参与人数的${needed}）`);
  return lines;
}
