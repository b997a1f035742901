import { useEffect, useRef, useState } from 'react';
import Taro, { useDidShow, usePullDownRefresh } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import type { ComplaintRankingView, RoleGrantView } from '@xiaoqu/shared';
import { ChoiceChips } from '../../../components/ChoiceChips';
import { PlaceChips } from '../../components/PlaceChips';
import { EmptyState } from '../../../components/EmptyState';
import { PageLoading } from '../../../components/PageSkeleton/PageLoading';
import { useAsync } from '../../../hooks/useAsync';
import { accountApi } from '../../../services/clients/account';
import { complaintApi } from '../../../services/clients/complaint';
import { complaintAccess, monthOf, monthsBefore, periodLabel } from '../../../services/complaint-view';
import { RankRow } from '../../components/RankRow';
import { rankByRate, rateBarPercents, trendScale } from '../../lib/ranking';
import { CareMeta } from '../../../components/CareMeta';
import './index.scss';

const THIS_MONTH = monthOf(Date.now());
const PERIOD_CHOICES = [0, 1, 2, 3, 4, 5].map((n) => {
  const p = monthsBefore(THIS_MONTH, n);
  return { value: p, label: n === 0 ? '本月' : periodLabel(p).slice(5) };
});

interface RankingHome {
  grants: RoleGrantView[];
  grant: RoleGrantView | null;
  ranking: ComplaintRankingView | null;
}

/**
 * Street and district admins: the compounds by complaints per 100 households in a month (as the API computes it),
 * every bar on one scale, the top 5% by count marked.
 */
export default function ComplaintRankingPage() {
  const [period, setPeriod] = useState(THIS_MONTH);
  const [placeId, setPlaceId] = useState<number | null>(null);
  const [state, reload] = useAsync(async (): Promise<RankingHome> => {
    const grants = complaintAccess(await accountApi.me()).ranker;
    const grant = grants.find((g) => g.place.id === placeId) ?? grants[0] ?? null;
    if (!grant) return { grants, grant, ranking: null };
    return { grants, grant, ranking: await complaintApi.ranking(grant.place.id, period) };
  });
  useDidShow(() => void reload());
  usePullDownRefresh(() => void reload().finally(() => Taro.stopPullDownRefresh()));

  // Another month or place loads again (the first load is useDidShow's).
  const firstPeriod = useRef(true);
  useEffect(() => {
    if (firstPeriod.current) {
      firstPeriod.current = false;
      return;
    }
    void reload();
  }, [period, placeId, reload]);

  if (!state.data)
    return (
      <>
        <CareMeta />
        <PageLoading state={state} failed="没能加载问题小区排名" onRetry={reload} />
      </>
    );
  const { grants, grant, ranking } = state.data;
  if (!grant || !ranking) {
    return (
      <View className="xq-page">
        <CareMeta />
        <EmptyState
          icon="排"
          title="只有街道和区的管理员能看排名"
          description="社区管理员可以在“升级诉求”里查看各网格的诉求数。"
        />
      </View>
    );
  }
  const marked = ranking.compounds.filter((c) => c.marked).length;
  const ranked = rankByRate(ranking.compounds);
  const bars = rateBarPercents(ranked);
  const scale = trendScale(ranked);

  return (
    <View className="xq-page xq-ranking">
      <CareMeta />
      <View className="xq-ranking__bar">
        <PlaceChips grants={grants} value={grant.place.id} onChange={setPlaceId} />
        <ChoiceChips name="period" choices={PERIOD_CHOICES} value={period} onChange={setPeriod} />
      </View>
      <View className="xq-ranking__title">
        <Text>
          {grant.place.name} · {periodLabel(ranking.period)}诉求排名
        </Text>
      </View>
      <View className="xq-ranking__sub">
        <Text>
          按每百户诉求数排列（诉求数 ÷ 户数 × 100），条形长短按同一比例，最长的是比例最高的小区；诉求数前 5%
          标为问题小区（有诉求时至少 1 个，并列的都算）。本期 {marked} 个问题小区。
        </Text>
      </View>
      {ranking.compounds.length === 0 ? (
        <EmptyState icon="排" title="辖区内还没有小区" description="小区建立后，这里按月统计每个小区的诉求。" />
      ) : (
        ranked.map((row, i) => (
          <RankRow
            key={row.compoundId}
            row={row}
            rank={i + 1}
            ranking={ranking}
            ratePercent={bars.get(row.compoundId) ?? 0}
            trendMax={scale}
            onChanged={() => void reload()}
          />
        ))
      )}
    </View>
  );
}
