import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import type { OwnerVoteView, ProposalView } from '@xiaoqu/shared';
import { TerminateVote } from '../TerminateVote';

export const ballotsUrl = (proposal: ProposalView, vote: OwnerVoteView) =>
  `/deliberation/pages/ballots/index?voteId=${vote.id}&proposalId=${proposal.id}&compoundId=${proposal.compoundId}`;

/**
 * The organisers' card of a vote held here: paper and proxy ballots while it is open, the ballot records after,
 * and 中止表决 (with a reason) before it closes. Votes close by themselves at their closing time.
 */
export function OrganiserCard({
  proposal,
  vote,
  onChanged,
}: {
  proposal: ProposalView;
  vote: OwnerVoteView;
  onChanged: () => void;
}) {
  if (vote.channel === 'official' || vote.status === 'terminated') return null;
  const live = vote.status === 'announced' || vote.status === 'open';
  return (
    <View className="xq-proposal__card">
      <View className="xq-proposal__card-title">
        <Text>组织表决（业委会、社区）</Text>
      </View>
      {vote.status !== 'announced' && (
        <Button size="xlarge" block onClick={() => void Taro.navigateTo({ url: ballotsUrl(proposal, vote) })}>
          {vote.status === 'open' ? '录入纸质票 / 委托票 · 选票记录' : '选票记录'}
        </Button>
      )}
      {live && (
        <>
          <View className="xq-proposal__fact">
            <Text className="xq-proposal__fact-note">
              表决在截止时间自动结束并公示初步结果，任何人都不能提前结束。确需停止的，可以中止：本次表决作废，不公布任何票数。
            </Text>
          </View>
          <TerminateVote voteId={vote.id} onDone={onChanged} />
        </>
      )}
    </View>
  );
}
