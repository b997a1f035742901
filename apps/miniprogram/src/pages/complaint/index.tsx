import { useState } from 'react';
import Taro, { useDidShow, usePullDownRefresh } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import type { BuildingView, ComplaintView, MeResponse, Page, PlaceRef } from '@xiaoqu/shared';
import { PublicList } from './PublicList';
import { ComplaintCard, openComplaint } from '../../components/ComplaintCard';
import { EmptyState } from '../../components/EmptyState';
import { PageLoading } from '../../components/PageSkeleton/PageLoading';
import { useAsync } from '../../hooks/useAsync';
import { useMore } from '../../hooks/useMore';
import { LoadMore } from '../../components/LoadMore';
import { accountApi } from '../../services/clients/account';
import { refreshBadges } from '../../services/badges';
import { placesApi } from '../../services/clients/places';
import { complaintApi } from '../../services/clients/complaint';
import { isEmptyDraft, loadDraft } from '../../services/complaint-draft';
import { complaintAccess } from '../../services/complaint-view';
import { firstCompound } from '../../services/places';
import { FilingForm } from '../../components/FilingForm';
import { CareMeta } from '../../components/CareMeta';
import './index.scss';

type Section = 'file' | 'mine' | 'compound';

interface ComplaintHome {
  me: MeResponse;
  compound: PlaceRef | null;
  /** Residents and owners of the compound file complaints; staff read them in their inbox. */
  canFile: boolean;
  mine: Page<ComplaintView>;
  buildings: BuildingView[];
  /** A draft is waiting: the form opens first. */
  hasDraft: boolean;
}

async function loadHome(): Promise<ComplaintHome> {
  const me = await accountApi.me();
  const compound = firstCompound(me);
  const canFile =
    !!compound &&
    me.roles.some(
      (g) =>
        (g.role === 'resident' || g.role === 'owner') &&
        (g.place.id === compound.id || g.placePath.some((p) => p.id === compound.id)),
    );
  const [mine, buildings] = await Promise.all([
    complaintApi.mine(),
    compound && canFile ? placesApi.buildings(compound.id) : Promise.resolve([]),
  ]);
  const hasDraft = !!compound && canFile && !isEmptyDraft(loadDraft(compound.id));
  return { me, compound, canFile, mine, buildings, hasDraft };
}

export default function ComplaintPage() {
  const [state, reload] = useAsync(loadHome);
  const [section, setSection] = useState<Section | null>(null);
  const [now, setNow] = useState(Date.now());
  const [shownAt, setShownAt] = useState(0);
  useDidShow(() => {
    void refreshBadges();
    setNow(Date.now());
    setShownAt((n) => n + 1);
    void reload();
  });
  usePullDownRefresh(() => {
    setShownAt((n) => n + 1);
    void reload().finally(() => Taro.stopPullDownRefresh());
  });
  const mineList = useMore(state.data?.mine ?? null, (cursor) => complaintApi.mine(cursor));

  if (!state.data)
    return (
      <>
        <CareMeta />
        <PageLoading state={state} failed="没能加载诉求" onRetry={reload} />
      </>
    );

  const { me, compound, canFile, buildings, hasDraft } = state.data;
  const mine = mineList.items;
  const more = (list: typeof mineList) => (list.hasMore ? '+' : '');
  const access = complaintAccess(me);
  const shown: Section = section ?? (canFile && (mine.length === 0 || hasDraft) ? 'file' : 'mine');
  const sections: { key: Section; label: string }[] = [
    ...(canFile ? [{ key: 'file' as const, label: '我要反映' }] : []),
    { key: 'mine', label: `我的诉求 ${mine.length}${more(mineList)}` },
    { key: 'compound', label: '小区公开' },
  ];

  return (
    <View className="xq-page xq-complaint">
      <CareMeta />
      <View className="xq-complaint__hero">
        <Text className="xq-complaint__name">{compound ? compound.name : '诉求'}</Text>
        <Text className="xq-complaint__sub">有问题随时反映：每条诉求都有人负责、有期限、有记录。</Text>
      </View>
      {access.handler && (
        <View
          className="xq-complaint__staff"
          onClick={() => void Taro.navigateTo({ url: '/staff/pages/complaints/index' })}
        >
          <Text>您是网格员或物业人员：进入待办诉求 ›</Text>
        </View>
      )}
      <View className="xq-complaint__tabs" role="tablist">
        {sections.map((s) => (
          <View
            key={s.key}
            role="tab"
            aria-selected={s.key === shown}
            className={`xq-complaint__tab${s.key === shown ? ' xq-complaint__tab--on' : ''}`}
            onClick={() => setSection(s.key)}
          >
            <Text>{s.label}</Text>
          </View>
        ))}
      </View>

      {shown === 'file' && compound && (
        <FilingForm
          compoundId={compound.id}
          buildings={buildings}
          onFiled={(id) => {
            setSection('mine');
            void reload();
            openComplaint(id);
          }}
        />
      )}

      {shown === 'mine' &&
        (mine.length === 0 ? (
          <EmptyState
            icon="诉"
            title="您还没有提过诉求"
            description={
              canFile
                ? '噪音、卫生、停车、报修……有问题都可以在这里反映，处理进度随时可查。'
                : '认证为本小区居民或业主后，可以在这里反映问题。'
            }
            actionText={canFile ? '我要反映' : undefined}
            onAction={canFile ? () => setSection('file') : undefined}
          />
        ) : (
          <View className="xq-complaint__list">
            {mine.map((c) => (
              <ComplaintCard key={c.id} complaint={c} now={now} />
            ))}
            {mineList.hasMore && <LoadMore loading={mineList.loading} onLoad={mineList.loadMore} />}
          </View>
        ))}

      {shown === 'compound' &&
        (compound ? (
          <PublicList compoundId={compound.id} now={now} reloadKey={shownAt} />
        ) : (
          <EmptyState
            icon="公"
            title="还没有关联的小区"
            description="认证为本小区居民或业主后，可以看到本小区公开的诉求。"
          />
        ))}
    </View>
  );
}
