import { useEffect, useState } from 'react';
import Taro, { useDidShow, usePullDownRefresh } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { Button, Input, TextArea } from '@nutui/nutui-react-taro';
import { formatDateCn, type CompoundListItem, type MeResponse, type PlaceRef, type ProposalView } from '@xiaoqu/shared';
import { EmptyState } from '../../components/EmptyState';
import { PageSkeleton } from '../../components/PageSkeleton';
import { PageLoading } from '../../components/PageSkeleton/PageLoading';
import { StageTag } from '../../components/StatusTag';
import { VoteBasisEntry } from '../../components/VoteBasisEntry';
import { useAsync } from '../../hooks/useAsync';
import { accountApi } from '../../services/clients/account';
import { placesApi } from '../../services/clients/places';
import { proposalsApi } from '../../services/clients/proposals';
import { toastError, toastSuccess } from '../../services/feedback';
import {
  aboveCompoundGrants,
  compoundChoiceOf,
  deliberationRoles,
  firstCompound,
  storedCompound,
} from '../../services/places';
import { errorMessage } from '../../services/request';
import { proposalsOfStage, stageChips, type StageFilter } from './stages';
import { voteLine } from './vote-line';
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
    return { me, compound, proposals: await proposalsApi.proposals(compound.id), canChoose };
  } catch (error) {
    // A compound no longer within my grants: forget it, so that the next load offers the choice again.
    if (chosen) Taro.removeStorageSync(CHOICE_KEY);
    throw error;
  }
}

const openProposal = (p: ProposalView) =>
  void Taro.navigateTo({ url: `/deliberation/pages/proposal/index?id=${p.id}` });

function ProposalCard({ proposal }: { proposal: ProposalView }) {
  const vote = voteLine(proposal.vote);
  return (
    <View className="xq-delib__card" onClick={() => openProposal(proposal)}>
      <View className="xq-delib__card-head">
        <Text className="xq-delib__card-title">{proposal.title}</Text>
        <StageTag proposal={proposal} />
      </View>
      {vote && (
        <View className="xq-delib__card-vote">
          <Text>{vote}</Text>
        </View>
      )}
      <View className="xq-delib__card-date">
        <Text>提出于 {formatDateCn(proposal.createdAt)} · 查看详情 ›</Text>
      </View>
    </View>
  );
}

/** Admins above compounds pick one of theirs: the first 20 by name, narrowed by a search. */
function CompoundChooser({ within, onPick }: { within: PlaceRef[]; onPick: (c: CompoundListItem) => void }) {
  const [q, setQ] = useState('');
  const [results, setResults] = useAsync(async () => {
    const lists = await Promise.all(within.map((place) => placesApi.searchCompounds(q.trim(), place.id)));
    const seen = new Set<number>();
    return lists.flat().filter((c) => !seen.has(c.id) && seen.add(c.id));
  });
  useEffect(() => void setResults(), [setResults]);
  const list = results.data;
  return (
    <View className="xq-delib__chooser">
      <View className="xq-delib__form-label">
        <Text>选择要查看的小区（{within.map((p) => p.name).join('、')}）</Text>
      </View>
      <View className="xq-delib__search">
        <Input
          className="xq-form-input"
          name="compoundQuery"
          placeholder="输入小区名称查找"
          value={q}
          onChange={setQ}
          onConfirm={() => void setResults()}
          maxLength={50}
        />
        <Button size="large" onClick={() => void setResults()}>
          查找
        </Button>
      </View>
      {results.status === 'error' && (
        <EmptyState
          status="error"
          title="没能加载小区"
          description={`${errorMessage(results.error)}。`}
          actionText="重新加载"
          onAction={() => void setResults()}
        />
      )}
      {!list && results.status === 'loading' && <PageSkeleton />}
      {list && list.length === 0 && (
        <EmptyState title="没有找到小区" description="换个名称再找，或清空名称查看全部。" />
      )}
      {list?.map((c) => (
        <View key={c.id} className="xq-delib__compound" role="button" onClick={() => onPick(c)}>
          <Text className="xq-delib__compound-name">{c.name}</Text>
          <Text className="xq-delib__compound-place">
            {c.streetName} · {c.communityName} ›
          </Text>
        </View>
      ))}
      {list && list.length >= 20 && (
        <View className="xq-delib__form-label">
          <Text>只列出前 20 个，请输入名称查找其他小区</Text>
        </View>
      )}
    </View>
  );
}

function NewProposal({ compoundId, onCreated }: { compoundId: number; onCreated: (p: ProposalView) => void }) {
  const [open, setOpen] = useState(false);
  const [title, setTitle] = useState('');
  const [body, setBody] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  async function submit() {
    if (!title.trim() || !body.trim()) {
      setError('请填写议题的标题和内容');
      return;
    }
    setError(null);
    setSaving(true);
    try {
      const created = await proposalsApi.createProposal(compoundId, { title: title.trim(), body: body.trim() });
      toastSuccess('议题已提出');
      setTitle('');
      setBody('');
      setOpen(false);
      onCreated(created);
    } catch (e) {
      toastError(e);
    } finally {
      setSaving(false);
    }
  }

  if (!open) {
    return (
      <View className="xq-delib__new">
        <Button type="primary" size="xlarge" block onClick={() => setOpen(true)}>
          提出议题
        </Button>
      </View>
    );
  }
  return (
    <View className="xq-delib__form">
      <View className="xq-delib__form-label">
        <Text>标题</Text>
      </View>
      <Input
        className="xq-form-input"
        name="proposalTitle"
        placeholder="例如 续聘还是改聘物业公司"
        value={title}
        onChange={setTitle}
        maxLength={100}
      />
      <View className="xq-delib__form-label">
        <Text>内容</Text>
      </View>
      <TextArea
        className="xq-delib__form-body"
        placeholder="说明要解决的问题、建议的做法和理由"
        value={body}
        onChange={setBody}
        maxLength={2000}
      />
      {error && (
        <View className="xq-delib__form-error" role="alert">
          <Text>⚠ {error}</Text>
        </View>
      )}
      <View className="xq-delib__form-actions">
        <Button size="large" onClick={() => setOpen(false)}>
          取消
        </Button>
        <Button type="primary" size="large" loading={saving} disabled={saving} onClick={() => void submit()}>
          提交议题
        </Button>
      </View>
    </View>
  );
}

export default function DeliberationPage() {
  const [state, reload] = useAsync(loadProposals);
  const [stage, setStage] = useState<StageFilter>('all');
  const [choosing, setChoosing] = useState(false);
  useDidShow(() => void reload());
  usePullDownRefresh(() => void reload().finally(() => Taro.stopPullDownRefresh()));

  if (!state.data) return <PageLoading state={state} failed="没能加载议题" onRetry={reload} />;

  const { me, compound, proposals, canChoose } = state.data;
  if (canChoose && (choosing || !compound)) {
    return (
      <View className="xq-page xq-delib">
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
