import { useEffect, useRef, useState } from 'react';
import Taro, { useDidShow, usePullDownRefresh } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import type { ComplaintView, Page, RoleGrantView } from '@xiaoqu/shared';
import { ComplaintCard } from '../../../components/ComplaintCard';
import { EmptyState } from '../../../components/EmptyState';
import { PageLoading } from '../../../components/PageSkeleton/PageLoading';
import { useAsync } from '../../../hooks/useAsync';
import { useMore } from '../../../hooks/useMore';
import { LoadMore } from '../../../components/LoadMore';
import { PlaceChips } from '../../components/PlaceChips';
import { accountApi } from '../../../services/clients/account';
import { complaintApi, type GridCountView } from '../../../services/clients/complaint';
import { complaintAccess, monthOf, overdueCount, periodLabel } from '../../../services/complaint-view';
import { CareMeta } from '../../../components/CareMeta';
import './index.scss';

interface Escalated {
  grants: RoleGrantView[];
  grant: RoleGrantView | null;
  page: Page<ComplaintView>;
  grids: GridCountView[];
  period: string;
}

/** Escalated complaints (疑难、重大) of the places I administer, and this month's complaints per grid. */
export default function EscalatedComplaintsPage() {
  const [placeId, setPlaceId] = useState<number | null>(null);
  const [state, reload] = useAsync(async (): Promise<Escalated> => {
    const grants = complaintAccess(await accountApi.me()).admin;
    const grant = grants.find((g) => g.place.id === placeId) ?? grants[0] ?? null;
    const period = monthOf(Date.now());
    if (!grant) return { grants, grant, page: { items: [], nextCursor: null }, grids: [], period };
    const [page, grids] = await Promise.all([
      complaintApi.escalated(grant.place.id, { status: 'open' }),
      complaintApi.gridCounts(grant.place.id, period),
    ]);
    return { grants, grant, page, grids, period };
  });
  const [now, setNow] = useState(Date.now());
  const refresh = () => {
    setNow(Date.now());
    return reload();
  };
  useDidShow(() => void refresh());
  // Another place loads again (the first load is useDidShow's).
  const firstPlace = useRef(true);
  useEffect(() => {
    if (firstPlace.current) {
      firstPlace.current = false;
      return;
    }
    void reload();
  }, [placeId, reload]);
  usePullDownRefresh(() => void refresh().finally(() => Taro.stopPullDownRefresh()));
  const list = useMore(state.data?.page ?? null, (cursor) =>
    complaintApi.escalated(state.data!.grant!.place.id, { status: 'open' }, cursor),
  );

  if (!state.data)
    return (
      <>
        <CareMeta />
        <PageLoading state={state} failed="没能加载升级诉求" onRetry={refresh} />
      </>
    );

  const { grants, grant, grids, period } = state.data;
  const items = list.items;
  if (!grant) {
    return (
      <View className="xq-page">
        <CareMeta />
        <EmptyState
          icon="管"
          title="您没有社区、街道或区的管理身份"
          description="升级诉求只对社区、街道和区的管理员开放。"
        />
      </View>
    );
  }
  const overdue = overdueCount(items);

  return (
    <View className="xq-page xq-escalated">
      <CareMeta />
      <PlaceChips grants={grants} value={grant.place.id} onChange={setPlaceId} />
      <View className="xq-escalated__title">
        <Text>{grant.place.name} · 升级到社区攻坚或街道联合整治、尚未办结的诉求</Text>
      </View>
      {items.length === 0 ? (
        <EmptyState
          icon="升"
          title="没有待办的升级诉求"
          description="网格超期未办或网格员手动升级的诉求会出现在这里。"
          actionText="刷新"
          onAction={() => void refresh()}
        />
      ) : (
        <View>
          <View className="xq-escalated__count">
            <Text>
              {list.hasMore ? `已显示 ${items.length} 条` : `共 ${items.length} 条`}
              {overdue > 0 ? `，其中 ${overdue} 条已超期` : ''}
            </Text>
          </View>
          {items.map((c) => (
            <ComplaintCard key={c.id} complaint={c} now={now} moreText="查看和处理 ›" />
          ))}
          {list.hasMore && <LoadMore loading={list.loading} onLoad={list.loadMore} />}
        </View>
      )}

      <View className="xq-escalated__title">
        <Text>{periodLabel(period)} 各网格诉求</Text>
      </View>
      <View className="xq-grid-counts">
        <View className="xq-grid-counts__row xq-grid-counts__row--head">
          <Text className="xq-grid-counts__name">网格</Text>
          <Text className="xq-grid-counts__num">本月</Text>
          <Text className="xq-grid-counts__num">未办结</Text>
          <Text className="xq-grid-counts__num">超期</Text>
        </View>
        {grids.length === 0 ? (
          <View className="xq-grid-counts__row">
            <Text className="xq-grid-counts__name">这里还没有划分网格</Text>
          </View>
        ) : (
          grids.map((g) => (
            <View key={g.gridId} className="xq-grid-counts__row">
              <View className="xq-grid-counts__name">
                <Text>{g.gridName}</Text>
                <Text className="xq-grid-counts__compound">{g.compoundName}</Text>
              </View>
              <Text className="xq-grid-counts__num">{g.count}</Text>
              <Text className="xq-grid-counts__num">{g.open}</Text>
              <Text className={`xq-grid-counts__num${g.overdue > 0 ? ' xq-grid-counts__num--overdue' : ''}`}>
                {g.overdue > 0 ? `⚠ ${g.overdue}` : '0'}
              </Text>
            </View>
          ))
        )}
      </View>
    </View>
  );
}
