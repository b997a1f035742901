import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { formatDateCn, type ProposalView } from '@xiaoqu/shared';
import { StageTag } from '../StatusTag';
import { voteLine } from '../../pages/deliberation/vote-line';

export const openProposal = (p: ProposalView) =>
  void Taro.navigateTo({ url: `/deliberation/pages/proposal/index?id=${p.id}` });

export function ProposalCard({ proposal }: { proposal: ProposalView }) {
  const vote = voteLine(proposal.vote);
  return (
    <View className="xq-delib__card" onClick={() => openProposal(proposal)}>
      <View className="xq-delib__card-head">
        <Text className="xq-delib__card-title">{proposal.title}</Text>
        <StageTag proposal={proposal} />
      </View>
      {vote && (
        <View className="xq-delib__card-vote">
          <Text>{vote}</Text>
        </View>
      )}
      <View className="xq-delib__card-date">
        <Text>提出于 {formatDateCn(proposal.createdAt)} · 查看详情 ›</Text>
      </View>
    </View>
  );
}
