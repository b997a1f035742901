import { Text, View } from '@tarojs/components';
import type { VoteTurnoutView } from '@xiaoqu/shared';
import { SEALED_TEXT, turnoutLines } from '../../lib/turnout';
import './index.scss';

/**
 * An open vote's count, sealed: only who took part (headcount and area of the frozen roll), never agreed,
 * disagreed or abstained, no threshold verdict and no chart, until the closing time.
 */
export function SealedCount({ turnout, live }: { turnout: VoteTurnoutView; live: boolean }) {
  const lines = turnoutLines(turnout);
  return (
    <View className="xq-proposal__card xq-sealed">
      <View className="xq-proposal__card-title">
        <Text>目前参与情况</Text>
      </View>
      <View className="xq-sealed__row">
        <Text className="xq-sealed__label">已参与的业主</Text>
        <Text className="xq-sealed__value">{lines.headcount}</Text>
      </View>
      <View className="xq-sealed__row">
        <Text className="xq-sealed__label">已参与的专有面积</Text>
        <Text className="xq-sealed__value">{lines.area}</Text>
      </View>
      <View className="xq-sealed__note" role="note">
        <Text>{SEALED_TEXT}。只公布参与人数和面积，不公布同意、反对的票数，也不公布任何人的选择。</Text>
      </View>
      {live && <Text className="xq-sealed__hint">每 30 秒自动更新，也可下拉刷新。</Text>}
    </View>
  );
}
