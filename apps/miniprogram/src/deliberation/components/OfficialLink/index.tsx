import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import type { ProposalView } from '@xiaoqu/shared';

/** A decision held on the provincial e-voting system is imported on its own page instead of opened here. */
export function OfficialLink({ proposal }: { proposal: ProposalView }) {
  return (
    <View className="xq-proposal__card">
      <View className="xq-proposal__card-title">
        <Text>或：已在四川省业主电子投票系统表决</Text>
      </View>
      <View className="xq-proposal__fact">
        <Text>表决在省业主电子投票系统上进行并已结束的，导入官方结果和结果文件，按同样的规则判定并公示。</Text>
      </View>
      <Button
        size="xlarge"
        block
        onClick={() => void Taro.navigateTo({ url: `/deliberation/pages/official/index?id=${proposal.id}` })}
      >
        导入官方表决结果
      </Button>
    </View>
  );
}
