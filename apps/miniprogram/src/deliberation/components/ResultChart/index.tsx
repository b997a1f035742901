import { Text, View } from '@tarojs/components';
import type { OwnerDecisionTally } from '@xiaoqu/shared';
import { approvalMarkPercent, barPercent, resultBars } from '../../lib/charts';
import { partLines } from '../../lib/vote';
import './index.scss';

/** Bars drawn with Views: each bar also says its numbers, so nothing depends on colour. */
export function ResultChart({ tally }: { tally: OwnerDecisionTally }) {
  const bars = resultBars(tally);
  const mark = approvalMarkPercent(tally.rule);
  const turnout = partLines(tally.participated, tally.total);
  const turnoutRows = [
    ['人数', barPercent(tally.participated.headcount, tally.total.headcount), turnout.headcount],
    ['面积', barPercent(tally.participated.areaCentiM2, tally.total.areaCentiM2), turnout.area],
  ] as const;
  return (
    <View className="xq-chart">
      <View className="xq-chart__title">
        <Text>表决图示</Text>
      </View>
      <View className="xq-chart__group">
        <Text className="xq-chart__group-title">参与率（竖线为三分之二）</Text>
        {turnoutRows.map(([label, pct, words]) => (
          <View key={label} className="xq-chart__row">
            <Text className="xq-chart__label">{label}</Text>
            <View className="xq-chart__track">
              <View className="xq-chart__bar xq-chart__bar--turnout" style={{ width: `${pct}%` }} />
              <View className="xq-chart__mark" style={{ left: '66.67%' }} />
            </View>
            <Text className="xq-chart__pct">{words}</Text>
          </View>
        ))}
      </View>
      {(['headcount', 'area'] as const).map((by) => (
        <View key={by} className="xq-chart__group">
          <Text className="xq-chart__group-title">
            按{by === 'headcount' ? '人数' : '专有面积'}（占参与表决的，竖线为{mark === 75 ? '四分之三' : '一半'}）
          </Text>
          {bars.map((bar) => (
            <View key={bar.key} className={`xq-chart__row xq-chart__row--${bar.key}`}>
              <Text className="xq-chart__label">{bar.label}</Text>
              <View className="xq-chart__track">
                <View
                  className={`xq-chart__bar xq-chart__bar--${bar.key}`}
                  style={{ width: `${by === 'headcount' ? bar.headcountPercent : bar.areaPercent}%` }}
                />
                {bar.key === 'agreed' && <View className="xq-chart__mark" style={{ left: `${mark}%` }} />}
              </View>
              <Text className="xq-chart__pct">{by === 'headcount' ? bar.headcountText : bar.areaText}</Text>
            </View>
          ))}
        </View>
      ))}
    </View>
  );
}
