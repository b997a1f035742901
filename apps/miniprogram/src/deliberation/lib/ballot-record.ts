import type { BallotRecordView, OwnerVoteView } from '@xiaoqu/shared';
import { ballotLabel } from './options';

/** What the page needs of the vote; an agree/disagree vote when opened without its proposal. */
export type VoteShape = Pick<OwnerVoteView, 'kind' | 'options' | 'status' | 'secret'>;

/** A record's choice: hidden in a secret vote, and in every vote until it closes. */
export function choiceLine(record: BallotRecordView, vote: VoteShape): string {
  if (record.choice !== null || record.optionId !== null) return `意见：${ballotLabel(record, vote.options)} · `;
  if (vote.secret) return '秘密表决，不显示意见 · ';
  return '表决结束前不显示意见 · ';
}
