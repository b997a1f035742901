import { useState } from 'react';
import Taro, { useDidShow, usePullDownRefresh } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import type { MeResponse, PlaceRef, ProposalView } from '@xiaoqu/shared';
import { EmptyState } from '../../components/EmptyState';
import { PageLoading } from '../../components/PageSkeleton/PageLoading';
import { VoteBasisEntry } from '../../components/VoteBasisEntry';
import { useAsync } from '../../hooks/useAsync';
import { accountApi } from '../../services/clients/account';
import { refreshBadges } from '../../services/badges';
import { proposalsApi } from '../../services/clients/proposals';
import {
  aboveCompoundGrants,
  compoundChoiceOf,
  deliberationRoles,
  firstCompound,
  storedCompound,
} from '../../services/places';
import { rememberCompound } from '../../services/known-compound';
import { proposalsOfStage, stageChips, type StageFilter } from './stages';
import { openProposal, ProposalCard } from '../../components/ProposalCard';
import { CompoundChooser } from '../../components/CompoundChooser';
import { NewProposal } from '../../components/NewProposal';
import { CareMeta } from '../../components/CareMeta';
import './index.scss';

interface DeliberationHome {
  me: MeResponse;
  compound: PlaceRef | null;
  proposals: ProposalView[];
  /** Holds a grant above compounds (a community admin, say): may pick the compound to look at. */
  canChoose: boolean;
}

const CHOICE_KEY = 'xiaoqu.deliberation.compound';

function readChoice(me: MeResponse): PlaceRef | null {
  try {
    return storedCompound(Taro.getStorageSync(CHOICE_KEY), me);
  } catch {
    return null;
  }
}

async function loadProposals(): Promise<DeliberationHome> {
  const me = await accountApi.me();
  const canChoose = aboveCompoundGrants(me).length > 0;
  const chosen = readChoice(me);
  const compound = chosen ?? firstCompound(me);
  if (!compound) return { me, compound: null, proposals: [], canChoose };
  try {
    const proposals = await proposalsApi.proposals(compound.id);
    rememberCompound(compound.id);
    return { me, compound, proposals, canChoose };
  } catch (error) {
    // A compound no longer within my grants: forget it, so that the next load offers the choice again.
    if (chosen) Taro.removeStorageSync(CHOICE_KEY);
    throw error;
  }
}

export default function DeliberationPage() {
  const [state, reload] = useAsync(loadProposals);
  const [stage, setStage] = useState<StageFilter>('all');
  const [choosing, setChoosing] = useState(false);
  useDidShow(() => {
    void reload();
    void refreshBadges();
  });
  usePullDownRefresh(() => void reload().finally(() => Taro.stopPullDownRefresh()));

  if (!state.data)
    return (
      <>
        <CareMeta />
        <PageLoading state={state} failed="没能加载议题" onRetry={reload} />
      </>
    );

  const { me, compound, proposals, canChoose } = state.data;
  if (canChoose && (choosing || !compound)) {
    return (
      <View className="xq-page xq-delib">
        <CareMeta />
        <View className="xq-delib__hero">
          <Text className="xq-delib__name">四方议事</Text>
          <Text className="xq-delib__sub">选一个您管理范围内的小区，查看它的议题</Text>
        </View>
        <CompoundChooser
          within={aboveCompoundGrants(me).map((g) => g.place)}
          onPick={(c) => {
            Taro.setStorageSync(CHOICE_KEY, compoundChoiceOf(me, c));
            setChoosing(false);
            setStage('all');
            void reload();
          }}
        />
        {compound && (
          <View className="xq-delib__new">
            <Button size="large" block onClick={() => setChoosing(false)}>
              返回{compound.name}
            </Button>
          </View>
        )}
      </View>
    );
  }
  if (!compound) {
    return (
      <View className="xq-page">
        <CareMeta />
        <EmptyState
          icon="议"
          title="还没有关联的小区"
          description="认证您在小区的房屋后，可以在这里看到小区的议题、参加业主表决并查看结果。"
          actionText="认证房屋"
          onAction={() => void Taro.navigateTo({ url: '/pages/claim/index' })}
        />
      </View>
    );
  }

  return (
    <View className="xq-page xq-delib">
      <CareMeta />
      <View className="xq-delib__hero">
        <View className="xq-delib__name-row">
          <Text className="xq-delib__name">{compound.name}</Text>
          {canChoose && (
            <Button className="xq-delib__switch" size="large" onClick={() => setChoosing(true)}>
              切换小区
            </Button>
          )}
        </View>
        <Text className="xq-delib__sub">四方议事 · 议题从提出到表决、公示、落实，全程公开</Text>
      </View>
      {deliberationRoles(me, compound.id).organiser && <VoteBasisEntry compoundId={compound.id} />}
      <NewProposal
        compoundId={compound.id}
        onCreated={(p) => {
          openProposal(p);
          void reload();
        }}
      />
      {proposals.length === 0 ? (
        <EmptyState
          icon="议"
          title="还没有议题"
          description="小区里需要大家商量的事，可以点上方“提出议题”，业委会、社区、物业和居民会一起协商。"
          actionText="刷新"
          onAction={() => void reload()}
        />
      ) : (
        <>
          <View className="xq-delib__stages" role="tablist">
            {stageChips(proposals).map((chip) => (
              <View
                key={chip.stage}
                role="tab"
                aria-selected={chip.stage === stage}
                className={`xq-delib__stage${chip.stage === stage ? ' xq-delib__stage--on' : ''}`}
                onClick={() => setStage(chip.stage)}
              >
                <Text>{chip.text}</Text>
              </View>
            ))}
          </View>
          {proposalsOfStage(proposals, stage).map((p) => (
            <ProposalCard key={p.id} proposal={p} />
          ))}
        </>
      )}
      <View className="xq-delib__end" />
    </View>
  );
}
