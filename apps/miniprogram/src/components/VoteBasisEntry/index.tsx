import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import './index.scss';

/** For organisers on the 议事 tab: the compound's basis for owner votes here, recorded on its own page. */
export function VoteBasisEntry({ compoundId }: { compoundId: number }) {
  return (
    <View
      className="xq-basis-entry"
      role="button"
      onClick={() => void Taro.navigateTo({ url: `/deliberation/pages/basis/index?compoundId=${compoundId}` })}
    >
      <Text className="xq-basis-entry__title">本平台表决依据</Text>
      <Text className="xq-basis-entry__hint">管理规约或议事规则中的条款、规约文件、询异期 ›</Text>
    </View>
  );
}
