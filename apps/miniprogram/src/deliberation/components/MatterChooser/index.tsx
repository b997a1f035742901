import { Text, View } from '@tarojs/components';
import { ruleOf, type MatterNo } from '@xiaoqu/shared';
import { MATTER_LABELS, MATTER_NOS, thresholdText } from '../../lib/vote';

/**
 * The nine matters of Civil Code art. 278 to pick from, with the threshold of the one picked in plain words.
 * Its styles are the proposal page's (`xq-proposal__matter…`), which every page using it loads.
 */
export function MatterChooser({ value, onChange }: { value: MatterNo | null; onChange: (next: MatterNo) => void }) {
  return (
    <>
      <View className="xq-proposal__fact-label">
        <Text>表决事项（《民法典》第二百七十八条）</Text>
      </View>
      <View className="xq-proposal__matters" role="radiogroup">
        {MATTER_NOS.map((n) => (
          <View
            key={n}
            role="radio"
            aria-checked={n === value}
            className={`xq-proposal__matter${n === value ? ' xq-proposal__matter--on' : ''}`}
            onClick={() => onChange(n)}
          >
            <Text>
              {n === value ? '✓ ' : ''}
              {n}. {MATTER_LABELS[n]}
            </Text>
          </View>
        ))}
      </View>
      <View className="xq-proposal__fact">
        <Text className="xq-proposal__fact-label">通过条件</Text>
        <Text>{value === null ? '请先选择表决事项：不同事项的通过条件不同' : thresholdText(ruleOf(value))}</Text>
      </View>
    </>
  );
}
