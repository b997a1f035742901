import { useEffect, useState } from 'react';
import { Text, View } from '@tarojs/components';
import { Button, Input } from '@nutui/nutui-react-taro';
import {
  COMPLAINT_CATEGORIES,
  COMPLAINT_CATEGORY_LABELS,
  COMPLAINT_LIST_STATUSES,
  COMPLAINT_LIST_STATUS_LABELS,
  type ComplaintCategory,
  type ComplaintListQuery,
  type ComplaintListStatus,
  type ComplaintView,
  type Page,
} from '@xiaoqu/shared';
import { ChoiceChips } from '../../components/ChoiceChips';
import { ComplaintCard } from '../../components/ComplaintCard';
import { EmptyState } from '../../components/EmptyState';
import { LoadMore } from '../../components/LoadMore';
import { PageSkeleton } from '../../components/PageSkeleton';
import { useAsync } from '../../hooks/useAsync';
import { useMore } from '../../hooks/useMore';
import { complaintApi } from '../../services/clients/complaint';
import { errorMessage } from '../../services/request';
import './PublicList.scss';

type Filter = Omit<ComplaintListQuery, 'cursor'>;

const CATEGORY_CHOICES: { value: ComplaintCategory | 'all'; label: string }[] = [
  { value: 'all', label: '全部类别' },
  ...COMPLAINT_CATEGORIES.map((c) => ({ value: c, label: COMPLAINT_CATEGORY_LABELS[c] })),
];
const STATUS_CHOICES: { value: ComplaintListStatus | 'all'; label: string }[] = [
  { value: 'all', label: '全部状态' },
  ...COMPLAINT_LIST_STATUSES.map((s) => ({ value: s, label: COMPLAINT_LIST_STATUS_LABELS[s] })),
];

/** A page of the compound's visible complaints, without mine (they have their own list). */
const othersOf = (compoundId: number, filter: Filter, cursor?: string): Promise<Page<ComplaintView>> =>
  complaintApi
    .ofCompound(compoundId, cursor, filter)
    .then((page) => ({ ...page, items: page.items.filter((c) => !c.mine) }));

/**
 * 小区公开: the compound's public complaints by category, status and words, newest first; each shows how many
 * residents said 我也遇到 (never who). `reloadKey` changes when the page is shown again.
 */
export function PublicList({ compoundId, now, reloadKey }: { compoundId: number; now: number; reloadKey: number }) {
  const [filter, setFilter] = useState<Filter>({});
  const [query, setQuery] = useState('');
  const [state, reload] = useAsync(() => othersOf(compoundId, filter));
  const list = useMore(state.data, (cursor) => othersOf(compoundId, filter, cursor));
  const filterKey = JSON.stringify(filter);
  // The first load, a new filter, and the page shown again all load the first page afresh.
  useEffect(() => void reload(), [filterKey, reloadKey, compoundId, reload]);

  const change = (patch: Partial<Filter>) => setFilter((f) => ({ ...f, ...patch }));
  const search = () => change({ q: query.trim() || undefined });
  const filtered = filter.category !== undefined || filter.status !== undefined || !!filter.q;
  const items = list.items;

  return (
    <View className="xq-complaint__public">
      <View className="xq-complaint__search">
        <Input
          name="complaintQuery"
          placeholder="搜索诉求内容，如 停车、电梯"
          value={query}
          maxLength={30}
          onChange={setQuery}
          confirmType="search"
          onConfirm={search}
        />
        <Button type="primary" onClick={search}>
          搜索
        </Button>
      </View>
      <ChoiceChips
        name="publicCategory"
        choices={CATEGORY_CHOICES}
        value={filter.category ?? 'all'}
        onChange={(c) => change({ category: c === 'all' ? undefined : c })}
      />
      <ChoiceChips
        name="publicStatus"
        choices={STATUS_CHOICES}
        value={filter.status ?? 'all'}
        onChange={(s) => change({ status: s === 'all' ? undefined : s })}
      />

      {!state.data ? (
        state.status === 'error' ? (
          <EmptyState
            status="error"
            title="没能加载公开的诉求"
            description={`${errorMessage(state.error)}。`}
            actionText="重新加载"
            onAction={() => void reload()}
          />
        ) : (
          <PageSkeleton />
        )
      ) : items.length === 0 ? (
        filtered ? (
          <EmptyState
            icon="搜"
            title="没有符合条件的诉求"
            description={filter.q ? `没有找到含“${filter.q}”的公开诉求。换个词或类别试试。` : '换个类别或状态试试。'}
            actionText="清除筛选"
            onAction={() => {
              setQuery('');
              setFilter({});
            }}
          />
        ) : (
          <EmptyState
            icon="公"
            title="还没有公开的诉求"
            description="居民提诉求时可以选择让其他居民看到（不显示是谁提的），公开的诉求和办理进度会列在这里。"
          />
        )
      ) : (
        <View className="xq-complaint__list">
          <View className="xq-complaint__hint">
            <Text>遇到同样的问题？打开诉求点“我也遇到”，处理人员能看到有多少居民受影响（不显示是谁）。</Text>
          </View>
          {items.map((c) => (
            <ComplaintCard key={c.id} complaint={c} now={now} />
          ))}
          {list.hasMore && <LoadMore loading={list.loading} onLoad={list.loadMore} />}
        </View>
      )}
    </View>
  );
}
