import { groupThousands, type OwnerVoteResultView, type OwnerVoteView, type ProposalView } from '@xiaoqu/shared';
import type { ShareCard } from '../../services/share-card';
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

/**
 * A closed vote's share card: its stage (preliminary in the objection period, or final), participation and the
 * agreeing owners in headcount, and what it decided; null before it closes (nothing of the count is public then)
 * or for a multi-option vote, whose card is its title.
 */
export function voteResultCard(
  proposal: Pick<ProposalView, 'title'>,
  vote: Pick<OwnerVoteView, 'status' | 'resultStage'>,
  result: Pick<OwnerVoteResultView, 'tally'>,
  compoundName: string | null,
): ShareCard | null {
  const { tally } = result;
  if (vote.status !== 'closed' || !tally) return null;
  const verdict = tally.approved ? '通过' : tally.participationMet ? '未通过' : '未通过（参与不足）';
  return {
    heading: `${compoundName ? `${compoundName} · ` : ''}业主共同决定`,
    title: proposal.title,
    rows: [
      {
        label: '参与',
        value: `${groupThousands(tally.participated.headcount)} / ${groupThousands(tally.total.headcount)} 人`,
      },
      { label: '同意', value: `${groupThousands(tally.agreed.headcount)} 人` },
      { label: '结果', value: vote.resultStage === 'preliminary' ? `${verdict}（初步）` : verdict },
    ],
    foot:
      vote.resultStage === 'preliminary' ? '询异公示中：点开查看票数，可对本户记录提出异议' : '点开查看票数和落实进展',
  };
}
