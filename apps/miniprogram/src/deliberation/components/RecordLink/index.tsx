import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import type { ProposalView } from '@xiaoqu/shared';

const recordUrl = (proposalId: number) => `/deliberation/pages/record/index?id=${proposalId}`;

/** Recording the consultation and the follow-up happens on its own page, so residents' page stays short. */
export function RecordLink({ proposal }: { proposal: ProposalView }) {
  const later = ['published', 'implementing', 'evaluated'].includes(proposal.stage);
  return (
    <View className="xq-proposal__card">
      <View className="xq-proposal__card-title">
        <Text>{later ? '登记落实进展' : '记录协商'}</Text>
      </View>
      <Button size="xlarge" block onClick={() => void Taro.navigateTo({ url: recordUrl(proposal.id) })}>
        {later ? '登记落实进展 · 四方意见' : '记录四方意见 · 会议纪要'}
      </Button>
    </View>
  );
}
