import type {
  AnswerObjectionRequest,
  CorrectionRequest,
  EvaluationRequest,
  ObjectionRequest,
  ObjectionView,
  TerminateVoteRequest,
  UnitChoiceView,
  VoteBasisRequest,
  VoteBasisView,
  VoteCorrectionView,
  VoteTurnoutView,
  ImportOfficialResultRequest,
  MeetingRequest,
  OpenPollRequest,
  OwnerVoteView,
  OwnerVoteResultView,
  Party,
  PositionRequest,
  ProgressUpdateRequest,
  ProposalTimelineView,
  ResidentPollView,
  TallyBallot,
} from '@xiaoqu/shared';
import { client } from '../api';

/**
 * The consultation, follow-up and poll routes of 四方议事. Kept apart from proposalsApi so that only the deliberation
 * subpackage, which imports it, carries them.
 */
export const deliberationApi = {
  timeline: (proposalId: number) => client.get<ProposalTimelineView>(`/api/proposals/${proposalId}/timeline`),
  support: (proposalId: number) => client.post<ProposalTimelineView>(`/api/proposals/${proposalId}/support`),
  recordPosition: (proposalId: number, party: Party, body: PositionRequest) =>
    client.request<ProposalTimelineView>('PUT', `/api/proposals/${proposalId}/positions/${party}`, { body }),
  recordMeeting: (proposalId: number, body: MeetingRequest) =>
    client.post<ProposalTimelineView>(`/api/proposals/${proposalId}/meetings`, body),
  postUpdate: (proposalId: number, body: ProgressUpdateRequest) =>
    client.post<ProposalTimelineView>(`/api/proposals/${proposalId}/updates`, body),
  evaluate: (proposalId: number, body: EvaluationRequest) =>
    client.request<ProposalTimelineView>('PUT', `/api/proposals/${proposalId}/evaluation`, { body }),
  openPoll: (proposalId: number, body: OpenPollRequest) =>
    client.post<ResidentPollView>(`/api/proposals/${proposalId}/resident-poll`, body),
  poll: (pollId: number) => client.get<ResidentPollView>(`/api/resident-polls/${pollId}`),
  pollVote: (pollId: number, choice: TallyBallot['choice']) =>
    client.post<ResidentPollView>(`/api/resident-polls/${pollId}/votes`, { choice }),
  closePoll: (pollId: number) => client.post<ResidentPollView>(`/api/resident-polls/${pollId}/close`),
  /** Who took part (never what they chose): public at every stage. */
  turnout: (voteId: number) => client.get<VoteTurnoutView>(`/api/owner-votes/${voteId}/turnout`),
  importOfficialResult: (proposalId: number, body: ImportOfficialResultRequest) =>
    client.post<OwnerVoteView>(`/api/proposals/${proposalId}/official-result`, body),
  /** Counts only after closing: tally and explanation are empty while announced, open or terminated. */
  result: (voteId: number) => client.get<OwnerVoteResultView>(`/api/owner-votes/${voteId}/result`),
  /** Each unit's counted choice: after closing, in open (实名) votes only. */
  choices: (voteId: number) => client.get<UnitChoiceView[]>(`/api/owner-votes/${voteId}/choices`),
  /** Organisers: voids an announced or open vote, with the reason; nothing of its count is revealed. */
  terminateVote: (voteId: number, body: TerminateVoteRequest) =>
    client.post<OwnerVoteView>(`/api/owner-votes/${voteId}/terminate`, body),
  objections: (voteId: number) => client.get<ObjectionView[]>(`/api/owner-votes/${voteId}/objections`),
  raiseObjection: (voteId: number, body: ObjectionRequest) =>
    client.post<ObjectionView>(`/api/owner-votes/${voteId}/objections`, body),
  answerObjection: (objectionId: number, body: AnswerObjectionRequest) =>
    client.post<ObjectionView>(`/api/vote-objections/${objectionId}/answer`, body),
  correctResult: (voteId: number, body: CorrectionRequest) =>
    client.post<VoteCorrectionView>(`/api/owner-votes/${voteId}/corrections`, body),
  /** The compound's recorded basis for voting here, or null when none is recorded. */
  voteBasis: async (compoundId: number): Promise<VoteBasisView | null> => {
    const basis = await client.get<VoteBasisView | null | ''>(`/api/compounds/${compoundId}/vote-basis`);
    // A handler answering null may reach us as an empty body.
    return basis && typeof basis === 'object' ? basis : null;
  },
  recordVoteBasis: (compoundId: number, body: VoteBasisRequest) =>
    client.request<VoteBasisView>('PUT', `/api/compounds/${compoundId}/vote-basis`, { body }),
};
