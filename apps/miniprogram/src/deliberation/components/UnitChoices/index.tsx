import { Text, View } from '@tarojs/components';
import type { UnitChoiceView } from '@xiaoqu/shared';
import { CHOICE_LABELS } from '../../lib/vote';
import './index.scss';

/** An open (实名) vote after closing: each unit's counted choice, as the published result shows it. */
export function UnitChoices({ choices }: { choices: UnitChoiceView[] }) {
  return (
    <View className="xq-proposal__card xq-unit-choices">
      <View className="xq-proposal__card-title">
        <Text>每户的选择（公开表决，共 {choices.length} 户）</Text>
      </View>
      {choices.length === 0 && <Text className="xq-unit-choices__empty">没有计入的选票。</Text>}
      {choices.map((c) => (
        <View key={c.unit} className="xq-unit-choices__row">
          <Text className="xq-unit-choices__unit">{c.unit}</Text>
          <Text className="xq-unit-choices__choice">
            {c.option !== null ? `「${c.option}」` : CHOICE_LABELS[c.choice]}
          </Text>
        </View>
      ))}
    </View>
  );
}
