import { Text, View } from '@tarojs/components';
import type { ChoiceTallyView, VoteOptionView } from '@xiaoqu/shared';
import { approvalMarkPercent, choiceVerdict, optionBars } from '../../lib/charts';
import { turnoutLines } from '../../lib/turnout';
import '../ResultChart/index.scss';
import './index.scss';

/**
 * A multi-option result: the verdict in words (an option adopted, or 未形成决定), then each option's share of
 * the participated area and headcount as bars that also say their numbers, with the server's verdict per option.
 */
export function ChoiceResult({ tally, options }: { tally: ChoiceTallyView; options: VoteOptionView[] }) {
  const bars = optionBars(tally, options);
  const mark = approvalMarkPercent(tally.rule);
  const turnout = turnoutLines(tally);
  return (
    <View className="xq-chart xq-choice-result">
      <View className={`xq-choice-result__verdict xq-choice-result__verdict--${tally.adopted ? 'yes' : 'no'}`}>
        <Text>{choiceVerdict(tally, options)}</Text>
      </View>
      <View className="xq-chart__group">
        <Text className="xq-chart__group-title">
          参与：人数 {turnout.headcount}；面积 {turnout.area}（{tally.participationMet ? '已达到' : '未达到'}三分之二）
        </Text>
      </View>
      {bars.map((bar) => (
        <View
          key={bar.key}
          className={`xq-chart__group xq-choice-result__option${bar.adopted ? ' xq-choice-result__option--adopted' : ''}`}
        >
          <Text className="xq-chart__group-title">
            {bar.label}
            {bar.key === 'abstained'
              ? ''
              : bar.adopted
                ? ' · ✓ 通过'
                : bar.approvalMet
                  ? ' · 比例已达到，但参与不足'
                  : ` · 未达到${mark === 75 ? '四分之三' : '过半数'}`}
          </Text>
          {(['headcount', 'area'] as const).map((by) => (
            <View key={by} className="xq-chart__row">
              <Text className="xq-chart__label">{by === 'headcount' ? '人数' : '面积'}</Text>
              <View className="xq-chart__track">
                <View
                  className={`xq-chart__bar xq-chart__bar--${bar.key === 'abstained' ? 'abstained' : 'agreed'}`}
                  style={{ width: `${by === 'headcount' ? bar.headcountPercent : bar.areaPercent}%` }}
                />
                {bar.key !== 'abstained' && <View className="xq-chart__mark" style={{ left: `${mark}%` }} />}
              </View>
              <Text className="xq-chart__pct">{by === 'headcount' ? bar.headcountText : bar.areaText}</Text>
            </View>
          ))}
        </View>
      ))}
      <Text className="xq-chart__group-title">
        竖线为{mark === 75 ? '参与的四分之三' : '参与的一半'}：一个选项须单独在人数和面积上都
        {mark === 75 ? '达到四分之三以上' : '超过一半'}才通过，得票最多不等于通过。
      </Text>
    </View>
  );
}
