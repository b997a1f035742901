import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import { groupThousands, type ComplaintRankingView, type CompoundComplaintRank } from '@xiaoqu/shared';
import { groupDecimal } from '../../lib/ranking';
import { TrendBars } from '../TrendBars';
import { PlanPanel } from '../PlanPanel';

export function RankRow({
  row,
  rank,
  ranking,
  ratePercent,
  trendMax,
  onChanged,
}: {
  row: CompoundComplaintRank;
  rank: number;
  ranking: ComplaintRankingView;
  /** The rate's bar against the highest rate's (100): one scale for every row. */
  ratePercent: number;
  /** The highest month of every row: the trends share it. */
  trendMax: number;
  onChanged: () => void;
}) {
  const [open, setOpen] = useState(false);
  return (
    <View className={`xq-rank${row.marked ? ' xq-rank--marked' : ''}`}>
      <View className="xq-rank__head">
        <Text className="xq-rank__no">{rank}</Text>
        <Text className="xq-rank__name">{row.compoundName}</Text>
        {row.marked && <Text className="xq-rank__mark">问题小区</Text>}
      </View>
      <View className="xq-rank__rate" aria-label={`每百户 ${groupDecimal(row.per100Households)} 条`}>
        <View className="xq-rank__rate-track">
          <View className="xq-rank__rate-bar" style={{ width: `${ratePercent}%` }} />
        </View>
        <Text className="xq-rank__rate-figure">每百户 {groupDecimal(row.per100Households)} 条</Text>
      </View>
      <View className="xq-rank__figures">
        <Text>
          诉求 {groupThousands(row.count)} 条 · {groupThousands(row.households)} 户
        </Text>
      </View>
      <TrendBars trend={row.trend} periods={ranking.periods} scaleMax={trendMax} />
      {(row.marked || row.plan) && (
        <View className="xq-rank__plan">
          <Text className="xq-rank__plan-state">
            {row.plan ? `一院一案：${row.plan.status === 'done' ? '已完成' : '整改中'}` : '一院一案：尚未制定'}
          </Text>
          <Button size="large" onClick={() => setOpen((o) => !o)}>
            {open ? '收起' : row.plan ? '查看和记录进展' : '制定一院一案'}
          </Button>
        </View>
      )}
      {open && <PlanPanel row={row} period={ranking.period} onChanged={onChanged} />}
    </View>
  );
}
