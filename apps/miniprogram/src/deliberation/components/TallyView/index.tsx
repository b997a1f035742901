import { Text, View } from '@tarojs/components';
import type { OwnerVoteTallyView } from '@xiaoqu/shared';
import { approvalReason, CHOICE_LABELS, partLines, participationReason } from '../../lib/vote';
import './index.scss';

/**
 * The turnout and the thresholds as the server tallied them: numbers are shown, never re-judged here.
 * A closed vote shows its result on top.
 */
export function TallyView({ tally }: { tally: OwnerVoteTallyView }) {
  const turnout = partLines(tally.participated, tally.total);
  const closed = tally.status === 'closed';
  return (
    <View className="xq-tally">
      {closed && (
        <View className={`xq-tally__result xq-tally__result--${tally.approved ? 'yes' : 'no'}`}>
          <Text>{tally.approved ? '✓ 表决通过' : '✗ 表决未通过'}</Text>
        </View>
      )}
      <View className="xq-tally__title">
        <Text>{closed ? '最终参与情况' : '目前参与情况'}</Text>
      </View>
      <View className="xq-tally__row">
        <Text className="xq-tally__label">参与人数</Text>
        <Text className="xq-tally__value">{turnout.headcount}</Text>
      </View>
      <View className="xq-tally__row">
        <Text className="xq-tally__label">参与面积</Text>
        <Text className="xq-tally__value">{turnout.area}</Text>
      </View>
      {(['agreed', 'disagreed', 'abstained'] as const).map((key) => {
        const lines = partLines(tally[key], tally.participated);
        const label = CHOICE_LABELS[key === 'agreed' ? 'agree' : key === 'disagreed' ? 'disagree' : 'abstain'];
        return (
          <View key={key} className="xq-tally__row">
            <Text className="xq-tally__label">{label}</Text>
            <Text className="xq-tally__value">
              {lines.headcount}；{lines.area}
            </Text>
          </View>
        );
      })}
      <View className="xq-tally__reason">
        <Text>
          {tally.participationMet ? '✓ ' : '✗ '}
          {participationReason(tally)}
        </Text>
      </View>
      <View className="xq-tally__reason">
        <Text>
          {tally.approvalMet ? '✓ ' : '✗ '}
          {approvalReason(tally)}
        </Text>
      </View>
    </View>
  );
}
