import Taro, { useDidShow, useRouter } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { formatDateCn, type Party, type ProposalTimelineView, type ProposalView } from '@xiaoqu/shared';
import { EmptyState } from '../../../components/EmptyState';
import { PageLoading } from '../../../components/PageSkeleton/PageLoading';
import { StageTag } from '../../../components/StatusTag';
import { useAsync } from '../../../hooks/useAsync';
import { accountApi } from '../../../services/clients/account';
import { proposalsApi } from '../../../services/clients/proposals';
import { deliberationApi } from '../../../services/clients/deliberation';
import { deliberationRoles } from '../../../services/places';
import { hasPollOpened, mayPostUpdates, partyPositions, recordableParties, updatesOpen } from '../../lib/consultation';
import { PositionForm } from '../../components/PositionForm';
import { MeetingForm } from '../../components/MeetingForm';
import { UpdateForm } from '../../components/UpdateForm';
import { PollForm } from '../../components/PollForm';
import { CareMeta } from '../../../components/CareMeta';
import '../proposal/index.scss';
import './index.scss';

interface RecordPageData {
  proposal: ProposalView;
  timeline: ProposalTimelineView;
  parties: Party[];
  organiser: boolean;
  updater: boolean;
}

async function loadRecord(id: number): Promise<RecordPageData> {
  const [proposal, me, timeline] = await Promise.all([
    proposalsApi.proposal(id),
    accountApi.me(),
    deliberationApi.timeline(id),
  ]);
  return {
    proposal,
    timeline,
    parties: recordableParties(me, proposal.compoundId),
    organiser: deliberationRoles(me, proposal.compoundId).organiser,
    updater: mayPostUpdates(me, proposal.compoundId),
  };
}

export default function RecordPage() {
  const { params } = useRouter();
  const id = Number(params.id);
  const [state, reload] = useAsync(() => loadRecord(id));
  useDidShow(() => void reload());

  if (!state.data)
    return (
      <>
        <CareMeta />
        <PageLoading state={state} failed="没能加载议题" onRetry={reload} />
      </>
    );

  const { proposal, timeline, parties, organiser, updater } = state.data;
  const current = partyPositions(timeline.positions);
  const canPoll =
    organiser &&
    !proposal.vote &&
    proposal.pollId === null &&
    !hasPollOpened(timeline.events) &&
    (proposal.stage === 'raised' || proposal.stage === 'consultation');
  const canUpdate = updater && updatesOpen(proposal.stage);
  const nothing = parties.length === 0 && !organiser && !canUpdate;
  return (
    <View className="xq-page xq-proposal xq-record">
      <CareMeta />
      <View className="xq-proposal__head">
        <View className="xq-proposal__title-row">
          <Text className="xq-proposal__title">{proposal.title}</Text>
          <StageTag proposal={proposal} />
        </View>
        <Text className="xq-proposal__date">
          提出于 {formatDateCn(proposal.createdAt)} · 保存后居民即可在议题进程中看到
        </Text>
      </View>
      {nothing && (
        <EmptyState
          title="这里没有您能记录的内容"
          description="四方意见由居委会、业委会、物业各自记录（社区可代社会组织记录）；纪要由业委会或社区记录。"
          actionText="返回议题"
          onAction={() => void Taro.navigateBack()}
        />
      )}
      {canUpdate && <UpdateForm proposal={proposal} onSaved={() => void reload()} />}
      {parties.length > 0 && (
        <View className="xq-proposal__card xq-record__positions">
          <View className="xq-proposal__card-title">
            <Text>记录四方意见</Text>
          </View>
          {parties.map((party) => (
            <PositionForm
              key={party}
              proposalId={proposal.id}
              party={party}
              current={current.find((c) => c.party === party)?.text ?? null}
              onSaved={() => void reload()}
            />
          ))}
        </View>
      )}
      {organiser && <MeetingForm proposal={proposal} onSaved={() => void reload()} />}
      {canPoll && <PollForm proposal={proposal} />}
      <View className="xq-proposal__end" />
    </View>
  );
}
