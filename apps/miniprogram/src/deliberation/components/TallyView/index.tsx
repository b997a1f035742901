import { Text, View } from '@tarojs/components';
import type { OwnerVoteTallyView } from '@xiaoqu/shared';
import { approvalReason, CHOICE_LABELS, partLines, participationReason } from '../../lib/vote';
import './index.scss';

/**
 * A closed agree/disagree vote's count and thresholds as the server tallied them: numbers are shown, never
 * re-judged here. The API answers a tally only after closing; a preliminary result says so.
 */
export function TallyView({ tally, preliminary }: { tally: OwnerVoteTallyView; preliminary: boolean }) {
  const turnout = partLines(tally.participated, tally.total);
  return (
    <View className="xq-tally">
      <View className={`xq-tally__result xq-tally__result--${tally.approved ? 'yes' : 'no'}`}>
        <Text>
          {tally.approved ? '✓ 表决通过' : '✗ 表决未通过'}
          {preliminary ? '（初步结果）' : ''}
        </Text>
      </View>
      <View className="xq-tally__title">
        <Text>截止时的票数</Text>
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
