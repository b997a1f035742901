import { VOTE_CHANNEL_LABELS, type OwnerVoteView } from '@xiaoqu/shared';
import { voteStageLabel, type VoteStageFields } from '../../services/proposal-stage';

/**
 * The vote line of a proposal's card on the 议事 tab; kept in the main package so the tab does not load the
 * deliberation subpackage. `表决中 · 12月20日截止 · 本平台表决`.
 */
export function voteLine(vote: (VoteStageFields & Pick<OwnerVoteView, 'channel'>) | null): string | null {
  if (!vote) return null;
  return `${voteStageLabel(vote)} · ${VOTE_CHANNEL_LABELS[vote.channel]}`;
}
