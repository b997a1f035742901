import { useState } from 'react';
import Taro, { useDidShow, usePullDownRefresh } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { Button, Input, TextArea } from '@nutui/nutui-react-taro';
import { formatDateCn, type PlaceRef, type ProposalView } from '@xiaoqu/shared';
import { EmptyState } from '../../components/EmptyState';
import { PageSkeleton } from '../../components/PageSkeleton';
import { StageTag } from '../../components/StatusTag';
import { useAsync } from '../../hooks/useAsync';
import { api } from '../../services/api';
import { toastError, toastSuccess } from '../../services/feedback';
import { firstCompound } from '../../services/places';
import { errorMessage } from '../../services/request';
import { proposalsOfStage, stageChips, type StageFilter } from './stages';
import './index.scss';

interface DeliberationHome {
  compound: PlaceRef | null;
  proposals: ProposalView[];
}

async function loadProposals(): Promise<DeliberationHome> {
  const compound = firstCompound(await api.me());
  if (!compound) return { compound: null, proposals: [] };
  return { compound, proposals: await api.proposals(compound.id) };
}

const openProposal = (p: ProposalView) =>
  void Taro.navigateTo({ url: `/deliberation/pages/proposal/index?id=${p.id}` });

/** `表决中 · 2026年12月10日截止`; kept here so the tab does not load the deliberation subpackage. */
function voteLine(p: ProposalView): string | null {
  if (!p.vote) return null;
  return p.vote.status === 'open'
    ? `业主表决中 · ${formatDateCn(p.vote.closesAt)}截止`
    : `业主表决已结束 · ${formatDateCn(p.vote.closedAt ?? p.vote.closesAt)}`;
}

function ProposalCard({ proposal }: { proposal: ProposalView }) {
  const vote = voteLine(proposal);
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
      const created = await api.createProposal(compoundId, { title: title.trim(), body: body.trim() });
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
  useDidShow(() => void reload());
  usePullDownRefresh(() => void reload().finally(() => Taro.stopPullDownRefresh()));

  if (!state.data) {
    return (
      <View className="xq-page">
        {state.status === 'error' ? (
          <EmptyState
            status="error"
            title="没能加载议题"
            description={`${errorMessage(state.error)}。`}
            actionText="重新加载"
            onAction={() => void reload()}
          />
        ) : (
          <PageSkeleton />
        )}
      </View>
    );
  }

  const { compound, proposals } = state.data;
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
        <Text className="xq-delib__name">{compound.name}</Text>
        <Text className="xq-delib__sub">四方议事 · 议题从提出到表决、公示、落实，全程公开</Text>
      </View>
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
