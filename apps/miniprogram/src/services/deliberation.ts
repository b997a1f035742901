import type {
  BuildingTurnout,
  EvaluationRequest,
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
import { client } from './api';

/**
 * The consultation, follow-up and poll routes of 四方议事. Kept apart from `api` so that only the deliberation
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
  turnout: (voteId: number) => client.get<BuildingTurnout[]>(`/api/owner-votes/${voteId}/turnout`),
  importOfficialResult: (proposalId: number, body: ImportOfficialResultRequest) =>
    client.post<OwnerVoteView>(`/api/proposals/${proposalId}/official-result`, body),
  result: (voteId: number) => client.get<OwnerVoteResultView>(`/api/owner-votes/${voteId}/result`),
};
