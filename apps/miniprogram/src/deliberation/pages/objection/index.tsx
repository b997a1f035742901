import Taro, { useDidShow, useRouter } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { OBJECTION_KIND_LABELS, type ObjectionView, type ProposalView } from '@xiaoqu/shared';
import { EmptyState } from '../../../components/EmptyState';
import { PageLoading } from '../../../components/PageSkeleton/PageLoading';
import { StageTag } from '../../../components/StatusTag';
import { useAsync } from '../../../hooks/useAsync';
import { accountApi } from '../../../services/clients/account';
import { proposalsApi } from '../../../services/clients/proposals';
import { deliberationApi } from '../../../services/clients/deliberation';
import { deliberationRoles } from '../../../services/places';
import { AnswerObjectionForm } from '../../components/AnswerObjectionForm';
import { AttachmentsButton } from '../../components/AttachmentsButton';
import { CorrectResultForm } from '../../components/CorrectResultForm';
import { RaiseObjectionForm } from '../../components/RaiseObjectionForm';
import { formatDateTimeCn } from '../../lib/consultation';
import { objectionPageRefusal, ownUnits, type ObjectionPageMode } from '../../lib/objection';
import { voteStatusText } from '../../lib/vote';
import { CareMeta } from '../../../components/CareMeta';
import '../proposal/index.scss';
import '../../components/ObjectionPeriod/index.scss';

interface ObjectionPageData {
  proposal: ProposalView;
  owner: boolean;
  organiser: boolean;
  units: { unitId: number; label: string }[];
  objection: ObjectionView | null;
}

async function loadObjectionPage(proposalId: number, objectionId: number | null): Promise<ObjectionPageData> {
  const [proposal, me] = await Promise.all([proposalsApi.proposal(proposalId), accountApi.me()]);
  const vote = proposal.vote;
  const objections = objectionId && vote ? await deliberationApi.objections(vote.id) : [];
  return {
    proposal,
    ...deliberationRoles(me, proposal.compoundId),
    units: ownUnits(me, proposal.compoundId),
    objection: objections.find((o) => o.id === objectionId) ?? null,
  };
}

const MODES: ObjectionPageMode[] = ['raise', 'answer', 'correct'];
const done = () => void Taro.navigateBack();

/** The objection being answered, as everyone sees it on the proposal page. */
function ObjectionSummary({ objection: o }: { objection: ObjectionView }) {
  return (
    <View className="xq-proposal__card">
      <View className="xq-proposal__card-title">
        <Text>
          {OBJECTION_KIND_LABELS[o.kind]} · {o.unit}
        </Text>
      </View>
      <Text className="xq-objections__text">{o.text}</Text>
      <AttachmentsButton ids={o.attachmentIds} />
      <Text className="xq-objections__meta">提出于 {formatDateTimeCn(o.raisedAt)}</Text>
    </View>
  );
}

/**
 * The objection period's forms, one per visit: an owner's objection (`mode=raise`), an organiser's answer to one
 * objection, with a correction when due (`mode=answer&objectionId=`), or a correction on its own (`mode=correct`).
 * Each goes back to the proposal page when sent.
 */
export default function ObjectionPage() {
  const { params } = useRouter();
  const proposalId = Number(params.proposalId);
  const mode = MODES.find((m) => m === params.mode) ?? 'raise';
  const objectionId = Number(params.objectionId) > 0 ? Number(params.objectionId) : null;
  const [state, reload] = useAsync(() => loadObjectionPage(proposalId, objectionId));
  useDidShow(() => void reload());

  if (!state.data)
    return (
      <>
        <CareMeta />
        <PageLoading state={state} failed="没能加载议题" onRetry={reload} />
      </>
    );

  const { proposal, owner, organiser, units, objection } = state.data;
  const vote = proposal.vote;
  const refusal = objectionPageRefusal(mode, { vote, owner, organiser, objection });
  return (
    <View className="xq-page xq-proposal">
      <CareMeta />
      <View className="xq-proposal__head">
        <View className="xq-proposal__title-row">
          <Text className="xq-proposal__title">{proposal.title}</Text>
          <StageTag proposal={proposal} />
        </View>
        {vote && <Text className="xq-proposal__date">业主共同决定 · {voteStatusText(vote)}</Text>}
      </View>
      {refusal || !vote ? (
        <EmptyState title="现在不能这样做" description={refusal ?? ''} actionText="返回议题" onAction={done} />
      ) : mode === 'raise' ? (
        <RaiseObjectionForm voteId={vote.id} compoundId={proposal.compoundId} ownUnits={units} onDone={done} />
      ) : mode === 'answer' && objection ? (
        <>
          <ObjectionSummary objection={objection} />
          <AnswerObjectionForm vote={vote} compoundId={proposal.compoundId} objection={objection} onDone={done} />
        </>
      ) : (
        <CorrectResultForm vote={vote} compoundId={proposal.compoundId} onDone={done} />
      )}
      <View className="xq-proposal__end" />
    </View>
  );
}
