import { Text, View } from '@tarojs/components';
import { groupThousands } from '@xiaoqu/shared';
import { trendHeights } from '../../../services/complaint-view';

/**
 * Six months of counts as bars drawn with Views, each with its count written under it (no chart library). With
 * `scaleMax`, the bars are drawn against it (a page's rows on one scale), else against this trend's own highest.
 */
export function TrendBars({ trend, periods, scaleMax }: { trend: number[]; periods: string[]; scaleMax?: number }) {
  // The scale joins the counts, then leaves: every height is relative to the larger of the two.
  const heights = trendHeights(scaleMax === undefined ? trend : [...trend, scaleMax]).slice(0, trend.length);
  return (
    <View className="xq-trend" aria-label={`近 ${trend.length} 个月：${trend.map(groupThousands).join('、')} 条`}>
      {trend.map((n, i) => (
        <View key={periods[i] ?? i} className="xq-trend__col">
          <View className="xq-trend__track">
            <View
              className={`xq-trend__bar${i === trend.length - 1 ? ' xq-trend__bar--now' : ''}`}
              style={{ height: `${heights[i]}%` }}
            />
          </View>
          <Text className="xq-trend__n">{groupThousands(n)}</Text>
          <Text className="xq-trend__month">{periods[i] ? `${Number(periods[i].slice(5))}月` : ''}</Text>
        </View>
      ))}
    </View>
  );
}
