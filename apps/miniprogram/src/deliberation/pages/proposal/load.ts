import type {
  ObjectionView,
  OwnerVoteResultView,
  ProposalTimelineView,
  ProposalView,
  ResidentPollView,
  UnitChoiceView,
  VoteBasisView,
  VoteTurnoutView,
} from '@xiaoqu/shared';
import { accountApi } from '../../../services/clients/account';
import { proposalsApi } from '../../../services/clients/proposals';
import { deliberationApi } from '../../../services/clients/deliberation';
import { rememberCompound } from '../../../services/known-compound';
import { deliberationRoles } from '../../../services/places';
import { isResidentOf, mayPostUpdates, recordableParties } from '../../lib/consultation';

export interface ProposalPageData {
  proposal: ProposalView;
  timeline: ProposalTimelineView;
  /** Who took part, public at every stage (never what they chose); null without a roll here. */
  turnout: VoteTurnoutView | null;
  /** The count: only once closed (the API seals it before). */
  result: OwnerVoteResultView | null;
  /** An open (实名) vote's choices per unit, once closed. */
  choices: UnitChoiceView[] | null;
  objections: ObjectionView[] | null;
  /** Organisers about to open a vote: the compound's basis (undefined when not asked). */
  basis: VoteBasisView | null | undefined;
  poll: ResidentPollView | null;
  organiser: boolean;
  owner: boolean;
  resident: boolean;
  /** May record a party's position, minutes or progress: the record page. */
  recorder: boolean;
}

/**
 * Everything the proposal page shows, asked only where the API answers it: no tally or choices before closing
 * (409 VOTE_COUNT_SEALED), no turnout before the roll is frozen or after a termination.
 */
export async function loadProposal(id: number, pollParam: number | null): Promise<ProposalPageData> {
  const [proposal, me, timeline] = await Promise.all([
    proposalsApi.proposal(id),
    accountApi.me(),
    deliberationApi.timeline(id),
  ]);
  rememberCompound(proposal.compoundId);
  const vote = proposal.vote;
  const roles = deliberationRoles(me, proposal.compoundId);
  const pollId = proposal.pollId ?? pollParam;
  const here = vote?.channel === 'here';
  const closed = vote?.status === 'closed';
  const [turnout, result, choices, objections, basis, poll] = await Promise.all([
    vote && here && (vote.status === 'open' || closed) ? deliberationApi.turnout(vote.id) : null,
    vote && closed ? deliberationApi.result(vote.id) : null,
    vote && here && closed && !vote.secret ? deliberationApi.choices(vote.id) : null,
    vote && here && closed && vote.resultStage !== null ? deliberationApi.objections(vote.id) : null,
    roles.organiser && !vote && !proposal.pollId ? deliberationApi.voteBasis(proposal.compoundId) : undefined,
    pollId ? deliberationApi.poll(pollId).catch(() => null) : null,
  ]);
  return {
    proposal,
    timeline,
    turnout,
    result,
    choices,
    objections,
    basis,
    poll: poll?.proposalId === id ? poll : null,
    ...roles,
    resident: isResidentOf(me, proposal.compoundId),
    recorder: recordableParties(me, proposal.compoundId).length > 0 || mayPostUpdates(me, proposal.compoundId),
  };
}
