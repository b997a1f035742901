import { useEffect, useRef, useState } from 'react';
import Taro, { useDidShow, usePullDownRefresh } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { COMPLAINT_CATEGORIES, COMPLAINT_CATEGORY_LABELS, type ComplaintCategory } from '@xiaoqu/shared';
import { ChoiceChips } from '../../../components/ChoiceChips';
import { ComplaintCard } from '../../../components/ComplaintCard';
import { EmptyState } from '../../../components/EmptyState';
import { PageSkeleton } from '../../../components/PageSkeleton';
import { useAsync } from '../../../hooks/useAsync';
import { useMore } from '../../../hooks/useMore';
import { LoadMore } from '../../../components/LoadMore';
import { complaintApi } from '../../../services/clients/complaint';
import { overdueCount, type InboxFilter } from '../../../services/complaint-view';
import { errorMessage } from '../../../services/request';
import { WorkPhoneCard } from '../../components/WorkPhoneCard';
import { CareMeta } from '../../../components/CareMeta';
import './index.scss';

type StatusChoice = NonNullable<InboxFilter['status']>;
const STATUS_CHOICES: { value: StatusChoice; label: string }[] = [
  { value: 'open', label: '待办' },
  { value: 'resolved', label: '已办结' },
  { value: 'closed', label: '已关闭' },
];
const CATEGORY_CHOICES: { value: ComplaintCategory | 'all'; label: string }[] = [
  { value: 'all', label: '全部类别' },
  ...COMPLAINT_CATEGORIES.map((c) => ({ value: c, label: COMPLAINT_CATEGORY_LABELS[c] })),
];
const OVERDUE_CHOICES = [
  { value: 'all', label: '全部' },
  { value: 'overdue', label: '只看超期' },
] as const;

/**
 * The grid worker's (or property staff's) complaints, soonest deadline first; tap one to act on it. Above them, the
 * work number residents of these complaints may call.
 */
export default function ComplaintInboxPage() {
  const [filter, setFilter] = useState<InboxFilter>({ status: 'open' });
  const [showFilters, setShowFilters] = useState(false);
  const [state, reload] = useAsync(() => complaintApi.inbox(filter));
  const [now, setNow] = useState(Date.now());

  const refresh = () => {
    setNow(Date.now());
    return reload();
  };
  useDidShow(() => void refresh());
  usePullDownRefresh(() => void refresh().finally(() => Taro.stopPullDownRefresh()));

  // A new filter loads again (the first load is useDidShow's).
  const filterKey = JSON.stringify(filter);
  const firstFilter = useRef(true);
  useEffect(() => {
    if (firstFilter.current) {
      firstFilter.current = false;
      return;
    }
    void refresh();
  }, [filterKey]);
  const change = (patch: Partial<InboxFilter>) => setFilter((f) => ({ ...f, ...patch }));

  const list = useMore(state.data, (cursor) => complaintApi.inbox(filter, cursor));
  const items = list.items;
  const overdue = overdueCount(items);
  const filtered = filter.category !== undefined || filter.overdueOnly;

  return (
    <View className="xq-page xq-inbox">
      <CareMeta />
      <WorkPhoneCard />
      <View className="xq-inbox__bar">
        <ChoiceChips
          name="status"
          choices={STATUS_CHOICES}
          value={filter.status ?? 'open'}
          onChange={(status) => change({ status })}
        />
        <View className="xq-inbox__toggle" onClick={() => setShowFilters((s) => !s)}>
          <Text>{showFilters ? '收起筛选 ▲' : `筛选${filtered ? '（已筛选）' : ''} ▼`}</Text>
        </View>
        {showFilters && (
          <View className="xq-inbox__filters">
            <ChoiceChips
              name="category"
              choices={CATEGORY_CHOICES}
              value={filter.category ?? 'all'}
              onChange={(c) => change({ category: c === 'all' ? undefined : c })}
            />
            <ChoiceChips
              name="overdue"
              choices={OVERDUE_CHOICES}
              value={filter.overdueOnly ? 'overdue' : 'all'}
              onChange={(v) => change({ overdueOnly: v === 'overdue' })}
            />
          </View>
        )}
      </View>

      {!state.data ? (
        state.status === 'error' ? (
          <EmptyState
            status="error"
            title="没能加载诉求"
            description={`${errorMessage(state.error)}。`}
            actionText="重新加载"
            onAction={() => void refresh()}
          />
        ) : (
          <PageSkeleton />
        )
      ) : items.length === 0 ? (
        <EmptyState
          icon="办"
          title={filtered ? '没有符合筛选的诉求' : filter.status === 'open' ? '没有待办的诉求' : '这里还没有诉求'}
          description={
            filtered ? '换个类别，或取消“只看超期”试试。' : '居民提交的诉求分派给您后会出现在这里，按期限先后排列。'
          }
          actionText={filtered ? '清除筛选' : '刷新'}
          onAction={() => (filtered ? change({ category: undefined, overdueOnly: false }) : void refresh())}
        />
      ) : (
        <View>
          <View className="xq-inbox__count">
            <Text>
              {list.hasMore ? `已显示 ${items.length} 条` : `共 ${items.length} 条`}，按期限先后排列
              {overdue > 0 ? `，其中 ${overdue} 条已超期` : ''}
            </Text>
          </View>
          {items.map((c) => (
            <ComplaintCard key={c.id} complaint={c} now={now} moreText={c.due ? '去处理 ›' : '查看 ›'} />
          ))}
          {list.hasMore && <LoadMore loading={list.loading} onLoad={list.loadMore} />}
        </View>
      )}
    </View>
  );
}
