import Taro, { useDidShow, usePullDownRefresh, useRouter, useShareAppMessage } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { formatDateCn } from '@xiaoqu/shared';
import { PageLoading } from '../../../components/PageSkeleton/PageLoading';
import { StageTag } from '../../../components/StatusTag';
import { useAsync } from '../../../hooks/useAsync';
import { AnnouncedVote } from '../../components/AnnouncedVote';
import { BasisMissing } from '../../components/BasisMissing';
import { CastCard } from '../../components/CastCard';
import { EvaluationCard } from '../../components/EvaluationCard';
import { ObjectionPeriod } from '../../components/ObjectionPeriod';
import { OfficialLink } from '../../components/OfficialLink';
import { OpenVoteForm } from '../../components/OpenVoteForm';
import { OrganiserCard } from '../../components/OrganiserCard';
import { PartyPositions } from '../../components/PartyPositions';
import { PollOrganiserCard } from '../../components/PollOrganiserCard';
import { ReceiptChecker } from '../../components/ReceiptChecker';
import { RecordLink } from '../../components/RecordLink';
import { ResidentPoll } from '../../components/ResidentPoll';
import { SealedCount } from '../../components/SealedCount';
import { SupportBar } from '../../components/SupportBar';
import { TerminatedVote } from '../../components/TerminatedVote';
import { Timeline } from '../../components/Timeline';
import { TurnoutBars } from '../../components/TurnoutBars';
import { UnitChoices } from '../../components/UnitChoices';
import { VoteFacts } from '../../components/VoteFacts';
import { VoteResult } from '../../components/VoteResult';
import { useLiveRefresh } from '../../hooks/useLiveRefresh';
import { evaluationOpen, hasPollOpened } from '../../lib/consultation';
import { importable } from '../../lib/official';
import { useShareImage } from '../../../services/share-card';
import { shareTitle, voteResultCard } from '../../lib/share';
import { loadProposal, type ProposalPageData } from './load';
import { CareMeta } from '../../../components/CareMeta';
import './index.scss';

function Note({ children }: { children: string }) {
  return (
    <View className="xq-proposal__note">
      <Text>{children}</Text>
    </View>
  );
}

/** The owner vote of a proposal, at whichever stage it is: announced, open (count sealed), closed, terminated. */
function VoteSection({ data, reload }: { data: ProposalPageData; reload: () => void }) {
  const { proposal, turnout, result, choices, objections, owner, organiser } = data;
  const vote = proposal.vote;
  if (!vote) return null;
  if (vote.status === 'announced') return <AnnouncedVote vote={vote} />;
  const here = vote.channel === 'here';
  return (
    <>
      <VoteFacts vote={vote} />
      {vote.status === 'terminated' && <TerminatedVote vote={vote} />}
      {vote.status === 'open' &&
        (owner ? (
          <CastCard vote={vote} title={proposal.title} onCast={reload} />
        ) : (
          <Note>只有本小区经认证的业主可以投票；认证房屋后即可参加。所有人都可以查看参与情况和核验回执码。</Note>
        ))}
      {vote.status === 'open' && turnout && <SealedCount turnout={turnout} live />}
      {result && <VoteResult vote={vote} result={result} />}
      {choices && <UnitChoices choices={choices} />}
      {objections && result && (
        <ObjectionPeriod
          vote={vote}
          proposalId={proposal.id}
          objections={objections}
          corrections={result.corrections}
          owner={owner}
          organiser={organiser}
        />
      )}
      {/* Held on the official system: no ballots here, so no turnout per building and no receipts. */}
      {here && turnout && <TurnoutBars buildings={turnout.buildings} live={vote.status === 'open'} />}
      {here && vote.status !== 'terminated' && <ReceiptChecker voteId={vote.id} />}
    </>
  );
}

/** What organisers can do next: close a poll, open a vote (on a recorded basis) or import one, or run the vote. */
function OrganiserSection({ data, reload }: { data: ProposalPageData; reload: () => void }) {
  const { proposal, poll, basis, timeline } = data;
  if (poll || hasPollOpened(timeline.events)) return <PollOrganiserCard poll={poll} onChanged={reload} />;
  const vote = proposal.vote;
  if (vote) return <OrganiserCard proposal={proposal} vote={vote} onChanged={reload} />;
  if (!basis) return <BasisMissing proposal={proposal} canImport={importable(proposal)} />;
  return (
    <>
      <OpenVoteForm proposal={proposal} basis={basis} onOpened={reload} />
      {importable(proposal) && <OfficialLink proposal={proposal} />}
    </>
  );
}

export default function ProposalPage() {
  const { params } = useRouter();
  const id = Number(params.id);
  const pollParam = Number(params.pollId) > 0 ? Number(params.pollId) : null;
  const [state, reload] = useAsync(() => loadProposal(id, pollParam));
  const refresh = () => void reload();
  useDidShow(refresh);
  usePullDownRefresh(() => void reload().finally(() => Taro.stopPullDownRefresh()));
  useLiveRefresh(state.data?.proposal.vote?.status === 'open', reload);
  // A closed vote's card is drawn with its result (weapp); the card opens this proposal (and its resident poll:
  // the proposal view does not name it).
  const vote = state.data?.proposal.vote;
  const result = state.data?.result;
  const card = state.data && vote && result ? voteResultCard(state.data.proposal, vote, result, null) : null;
  const shareImage = useShareImage(card);
  useShareAppMessage(() => {
    const pollId = state.data?.poll?.id;
    return {
      title: state.data ? shareTitle(state.data.proposal) : '小区议题',
      path: `/deliberation/pages/proposal/index?id=${id}${pollId ? `&pollId=${pollId}` : ''}`,
      ...(shareImage ? { imageUrl: shareImage } : {}),
    };
  });

  if (!state.data)
    return (
      <>
        <CareMeta />
        <PageLoading state={state} failed="没能加载议题" onRetry={reload} />
      </>
    );

  const data = state.data;
  const { proposal, timeline, poll, organiser, resident, recorder } = data;
  const pollHidden = !poll && hasPollOpened(timeline.events);
  return (
    <View className="xq-page xq-proposal">
      <CareMeta />
      <View className="xq-proposal__head">
        <View className="xq-proposal__title-row">
          <Text className="xq-proposal__title">{proposal.title}</Text>
          <StageTag proposal={proposal} />
        </View>
        <Text className="xq-proposal__date">提出于 {formatDateCn(proposal.createdAt)}</Text>
        <Text className="xq-proposal__body">{proposal.body}</Text>
        <SupportBar proposal={proposal} timeline={timeline} canSupport={resident} onChanged={refresh} />
      </View>
      <VoteSection data={data} reload={refresh} />
      {poll && <ResidentPoll poll={poll} canVote={resident} onChanged={refresh} />}
      {pollHidden && (
        <Note>这个议题正在征询居民意见（仅供参考，不是业主共同决定）。请从组织方分享到小区群的链接进入参与。</Note>
      )}
      {!proposal.vote && !poll && !pollHidden && <Note>这个议题还没有发起业主表决或居民意见征询。</Note>}
      {(evaluationOpen(proposal.stage) || timeline.evaluation.count > 0) && (
        <EvaluationCard
          proposalId={proposal.id}
          evaluation={timeline.evaluation}
          canEvaluate={resident && evaluationOpen(proposal.stage)}
          onSaved={refresh}
        />
      )}
      <PartyPositions positions={timeline.positions} />
      <Timeline events={timeline.events} />
      {recorder && <RecordLink proposal={proposal} />}
      {organiser && <OrganiserSection data={data} reload={refresh} />}
      <View className="xq-proposal__end" />
    </View>
  );
}
