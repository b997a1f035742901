import { VOTE_OPTIONS_MAX, type BallotReceipt, type CastBallotRequest, type VoteOptionView } from '@xiaoqu/shared';
import { CHOICE_LABELS } from './vote';

export const VOTE_OPTIONS_MIN = 2;
export const OPTION_LABEL_MAX = 100;

/** Agree/disagree, or one of several options (续聘 A / 选聘 B / 选聘 C). */
export type VoteKind = 'approval' | 'choice';
export const VOTE_KIND_LABELS: Record<VoteKind, string> = {
  approval: '同意 / 反对',
  choice: `多选一（${VOTE_OPTIONS_MIN}–${VOTE_OPTIONS_MAX} 个选项）`,
};

/** The option labels as typed, trimmed, or the first thing wrong with them in words. */
export function optionLabelsOf(typed: string[]): { options: string[]; error: null } | { options: null; error: string } {
  const fail = (error: string) => ({ options: null, error });
  const options = typed.map((t) => t.trim());
  if (options.length < VOTE_OPTIONS_MIN || options.length > VOTE_OPTIONS_MAX)
    return fail(`多选一的表决需要 ${VOTE_OPTIONS_MIN}–${VOTE_OPTIONS_MAX} 个选项`);
  const empty = options.findIndex((o) => o === '');
  if (empty >= 0) return fail(`第 ${empty + 1} 个选项还没有填写`);
  const long = options.findIndex((o) => o.length > OPTION_LABEL_MAX);
  if (long >= 0) return fail(`第 ${long + 1} 个选项最多 ${OPTION_LABEL_MAX} 个字`);
  const seen = new Map<string, number>();
  for (const [i, o] of options.entries()) {
    const first = seen.get(o);
    if (first !== undefined) return fail(`第 ${first + 1} 个和第 ${i + 1} 个选项相同，请改为不同的选项`);
    seen.set(o, i);
  }
  return { options, error: null };
}

/** What a ballot chooses, in words: `同意`, `「续聘锦程物业」` or `弃权`. */
export function ballotLabel(
  ballot: { choice?: CastBallotRequest['choice'] | null; optionId?: string | null },
  options: VoteOptionView[],
): string {
  if (ballot.optionId) {
    const option = options.find((o) => o.id === ballot.optionId);
    return option ? `「${option.label}」` : '（已删除的选项）';
  }
  if (ballot.choice) return CHOICE_LABELS[ballot.choice];
  // An option vote's ballot without an option abstains.
  return CHOICE_LABELS.abstain;
}

/** The confirm dialog before a ballot goes, naming what it chooses. */
export function castConfirm(
  ballot: Pick<CastBallotRequest, 'choice' | 'optionId'>,
  options: VoteOptionView[],
): { title: string; content: string } {
  const label = ballotLabel(ballot, options);
  return {
    title: ballot.optionId ? `确认选择${label}？` : `确认投“${label}”？`,
    content: '您的选票覆盖您在本小区名下的全部房屋。表决结束前可以改投，以最后一次为准；结束前不公布任何人的选择。',
  };
}

/** The ballots an owner can cast: the three choices, or each option and abstaining. */
export function ballotsOf(kind: VoteKind, options: VoteOptionView[]): CastBallotRequest[] {
  if (kind === 'approval') return [{ choice: 'agree' }, { choice: 'disagree' }, { choice: 'abstain' }];
  return [...options.map((o) => ({ optionId: o.id })), { optionId: null }];
}

/** What the receipt says was cast: `已选「续聘锦程物业」` or `已投“弃权”`. */
export function receiptText(receipt: Pick<BallotReceipt, 'choice' | 'optionId'>, options: VoteOptionView[]): string {
  if (receipt.optionId) return `已选${ballotLabel({ optionId: receipt.optionId }, options)}`;
  return `已投“${CHOICE_LABELS[receipt.choice]}”`;
}
