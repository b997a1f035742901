import { useState } from 'react';
import Taro, { useDidShow, usePullDownRefresh } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { Button, Cell, Tag } from '@nutui/nutui-react-taro';
import { formatMinuteCn, type NotificationView } from '@xiaoqu/shared';
import { EmptyState } from '../../../components/EmptyState';
import { LoadMore } from '../../../components/LoadMore';
import { PageLoading } from '../../../components/PageSkeleton/PageLoading';
import { useAsync } from '../../../hooks/useAsync';
import { refreshBadges } from '../../../services/badges';
import { homeApi } from '../../../services/clients/home';
import { toastError } from '../../../services/feedback';
import { openTarget } from '../../../pages/home/home-text';
import { CareMeta } from '../../../components/CareMeta';
import './index.scss';

function open(n: NotificationView): void {
  if (!n.page) return;
  const target = openTarget(n.page);
  void (target.kind === 'tab' ? Taro.switchTab({ url: target.url }) : Taro.navigateTo({ url: target.url }));
}

function MessageCell({ n, onOpen }: { n: NotificationView; onOpen: (n: NotificationView) => void }) {
  // NutUI's Cell does not pass data-* on: the row's id sits on a wrapper.
  return (
    <View data-message-id={n.id}>
      <Cell
        className={`xq-messages__item${n.read ? '' : ' xq-messages__item--unread'}`}
        title={
          <View className="xq-messages__title">
            {!n.read && (
              <Tag background="#fdecea" color="#8c1d18" className="xq-tag">
                未读
              </Tag>
            )}
            <Text>{n.title}</Text>
          </View>
        }
        description={formatMinuteCn(n.createdAt)}
        extra={n.page ? '查看' : undefined}
        clickable={Boolean(n.page) || !n.read}
        onClick={() => onOpen(n)}
      />
    </View>
  );
}

/** 消息: every notice the person received, newest first; tapping one marks it read and opens what it is about. */
export default function MessagesPage() {
  const [state, reload] = useAsync(() => homeApi.notifications());
  const [more, setMore] = useState<{ items: NotificationView[]; cursor: string | null } | null>(null);
  const [loadingMore, setLoadingMore] = useState(false);
  const [readIds, setReadIds] = useState<Set<number>>(new Set());
  const refresh = () => {
    setMore(null);
    setReadIds(new Set());
    return reload();
  };
  useDidShow(() => void refresh());
  usePullDownRefresh(() => void refresh().finally(() => Taro.stopPullDownRefresh()));

  if (!state.data) return <PageLoading state={state} failed="没能加载消息" onRetry={refresh} />;

  const items = [...state.data.items, ...(more?.items ?? [])].map((n) =>
    readIds.has(n.id) ? { ...n, read: true } : n,
  );
  const cursor = more ? more.cursor : state.data.nextCursor;
  const unread = items.filter((n) => !n.read).length;

  async function markRead(ids: number[] | 'all') {
    await homeApi.markRead(ids === 'all' ? { all: true } : { ids });
    setReadIds((s) => new Set([...s, ...(ids === 'all' ? items.map((n) => n.id) : ids)]));
    void refreshBadges();
  }

  function onOpen(n: NotificationView) {
    if (!n.read) void markRead([n.id]).catch(toastError);
    open(n);
  }

  async function loadMore() {
    setLoadingMore(true);
    try {
      const page = await homeApi.notifications(cursor);
      setMore((m) => ({ items: [...(m?.items ?? []), ...page.items], cursor: page.nextCursor }));
    } finally {
      setLoadingMore(false);
    }
  }

  if (items.length === 0) {
    return (
      <View className="xq-page">
        <CareMeta />
        <EmptyState
          icon="信"
          title="还没有消息"
          description="诉求有进展、表决开始或截止、质询得到答复时，消息会出现在这里。"
        />
      </View>
    );
  }

  return (
    <View className="xq-page xq-messages">
      <CareMeta />
      <View className="xq-messages__head">
        <Text className="xq-messages__summary" data-unread-count>
          {unread > 0 ? `${unread} 条未读` : '全部已读'}
        </Text>
        {unread > 0 && (
          <Button size="large" fill="outline" onClick={() => void markRead('all').catch(toastError)}>
            全部标为已读
          </Button>
        )}
      </View>
      <Cell.Group>
        {items.map((n) => (
          <MessageCell key={n.id} n={n} onOpen={onOpen} />
        ))}
      </Cell.Group>
      {cursor && <LoadMore loading={loadingMore} onLoad={loadMore} />}
    </View>
  );
}
