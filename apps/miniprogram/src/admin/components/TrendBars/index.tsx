import { Text, View } from '@tarojs/components';
import { trendHeights } from '../../../services/complaint-view';

/** Six months of counts as bars drawn with Views, each with its count written under it (no chart library). */
export function TrendBars({ trend, periods }: { trend: number[]; periods: string[] }) {
  const heights = trendHeights(trend);
  return (
    <View className="xq-trend" aria-label={`近 ${trend.length} 个月：${trend.join('、')} 条`}>
      {trend.map((n, i) => (
        <View key={periods[i] ?? i} className="xq-trend__col">
          <View className="xq-trend__track">
            <View
              className={`xq-trend__bar${i === trend.length - 1 ? ' xq-trend__bar--now' : ''}`}
              style={{ height: `${heights[i]}%` }}
            />
          </View>
          <Text className="xq-trend__n">{n}</Text>
          <Text className="xq-trend__month">{periods[i] ? `${Number(periods[i].slice(5))}月` : ''}</Text>
        </View>
      ))}
    </View>
  );
}
