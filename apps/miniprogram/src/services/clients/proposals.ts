import type {
  BallotReceipt,
  BallotRecordView,
  CastBallotRequest,
  CreateProposalRequest,
  OpenOwnerVoteRequest,
  OwnerVoteView,
  PaperBallotRequest,
  ProposalView,
  ReceiptCheck,
} from '@xiaoqu/shared';
import { client, keyedPost } from '../api';

const createProposalOnce = keyedPost<ProposalView>();

/** Proposals of 四方议事 and their owner votes: ballots, paper ballots and receipts. The main package lists and files proposals, so these stay apart from deliberationApi, which only the deliberation subpackage carries. */
export const proposalsApi = {
  proposals: (compoundId: number) => client.get<ProposalView[]>(`/api/compounds/${compoundId}/proposals`),
  /** Retried with the same `Idempotency-Key` after a failure: one proposal however often it arrives. */
  createProposal: (compoundId: number, body: CreateProposalRequest) =>
    createProposalOnce(`/api/compounds/${compoundId}/proposals`, body),
  proposal: (id: number) => client.get<ProposalView>(`/api/proposals/${id}`),
  openOwnerVote: (proposalId: number, body: OpenOwnerVoteRequest) =>
    client.post<OwnerVoteView>(`/api/proposals/${proposalId}/owner-vote`, body),
  /** The same `idempotencyKey` for every retry of one tap: the server then keeps one ballot. */
  castBallot: (voteId: number, body: CastBallotRequest, idempotencyKey: string) =>
    client.request<BallotReceipt>('POST', `/api/owner-votes/${voteId}/ballots`, {
      body,
      headers: { 'Idempotency-Key': idempotencyKey },
    }),
  checkReceipt: (voteId: number, code: string) =>
    client.get<ReceiptCheck>(`/api/owner-votes/${voteId}/receipts/${encodeURIComponent(code)}`),
  addPaperBallot: (voteId: number, body: PaperBallotRequest) =>
    client.post<BallotReceipt>(`/api/owner-votes/${voteId}/paper-ballots`, body),
  ballots: (voteId: number) => client.get<BallotRecordView[]>(`/api/owner-votes/${voteId}/ballots`),
};
