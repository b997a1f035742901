import type { OwnerVoteView, ProposalView } from '@xiaoqu/shared';
import { voteStageLabel } from '../../services/proposal-stage';

/**
 * The title of a proposal's share card: its vote's stage as on the page (`表决中 · 12月20日截止：续聘物业`), or
 * `议题：…`. It never quotes the notice: the page does, exactly as recorded.
 */
export function shareTitle(proposal: Pick<ProposalView, 'title'> & { vote: OwnerVoteView | null }): string {
  const { vote } = proposal;
  if (!vote) return `议题：${proposal.title}`;
  return `业主表决 · ${voteStageLabel(vote)}：${proposal.title}`;
}
