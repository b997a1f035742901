import { Body, Controller, Get, Headers, HttpCode, Param, ParseIntPipe, Post, Put, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import {
  ROLES,
  type BallotReceipt,
  type BallotRecordView,
  type ChoiceTallyView,
  type ObjectionView,
  type OwnerVoteResultView,
  type OwnerVoteTallyView,
  type OwnerVoteView,
  type ReceiptCheck,
  type UnitChoiceView,
  type VoteBasisView,
  type VoteCorrectionView,
  type VoteTurnoutView,
} from '@xiaoqu/shared';
import { Roles } from '../../common/auth/access.decorator.js';
import { CurrentPrincipal } from '../../common/auth/current-principal.decorator.js';
import type { Principal } from '../../common/auth/principal.js';
import { answerTagged } from '../../common/http/etag.js';
import { parseIdempotencyKey } from '../../common/http/idempotency-key.js';
import { RateLimit } from '../../common/throttle/rate-limit.decorator.js';
import { CompoundResolver } from '../../place/place.resolvers.js';
import { BallotService } from './ballot.service.js';
import {
  AnswerObjectionDto,
  CastBallotDto,
  CorrectionDto,
  ImportOfficialResultDto,
  ObjectionDto,
  OpenOwnerVoteDto,
  PaperBallotDto,
  TerminateVoteDto,
  VoteBasisDto,
} from '../dto/vote.dto.js';
import { VoteObjections } from './objection.service.js';
import { VoteBases } from './vote-basis.service.js';
import { VoteCount } from './vote-count.service.js';
import { VoteLifecycle } from './vote-lifecycle.service.js';
import { PublishedResults } from './result-cache.js';
import { ObjectionResolver, OwnerVoteResolver, ProposalResolver } from './vote.resolvers.js';
import { VoteService } from './vote.service.js';

const compound = { param: 'compoundId', resolver: CompoundResolver };
const proposal = { param: 'proposalId', resolver: ProposalResolver };
const vote = { param: 'voteId', resolver: OwnerVoteResolver };
const objection = { param: 'objectionId', resolver: ObjectionResolver };
const ORGANISERS = ['committee_member', 'community_admin'] as const;
/** Owners vote and object; `resident` too, since a seller who lost `owner` still votes on a vote opened before the sale. */
const VOTERS = ['owner', 'resident'] as const;

/** Owner votes (业主共同决定): opening, ballots, the sealed count, closing, termination and the objection period. */
@ApiTags('owner votes')
@ApiBearerAuth()
@Controller()
export class OwnerVoteController {
  constructor(
    private readonly votes: VoteService,
    private readonly ballots: BallotService,
    private readonly count: VoteCount,
    private readonly lifecycle: VoteLifecycle,
    private readonly objections: VoteObjections,
    private readonly bases: VoteBases,
    private readonly results: PublishedResults,
  ) {}

  @Get('compounds/:compoundId/vote-basis')
  @Roles(ROLES, compound)
  basis(@Param('compoundId', ParseIntPipe) compoundId: number): Promise<VoteBasisView | null> {
    return this.bases.view(compoundId);
  }

  @Put('compounds/:compoundId/vote-basis')
  @Roles(ORGANISERS, compound)
  recordBasis(
    @Param('compoundId', ParseIntPipe) compoundId: number,
    @Body() body: VoteBasisDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<VoteBasisView> {
    return this.bases.record(compoundId, principal, body);
  }

  @Post('proposals/:proposalId/owner-vote')
  @Roles(ORGANISERS, proposal)
  open(
    @Param('proposalId', ParseIntPipe) id: number,
    @Body() body: OpenOwnerVoteDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<OwnerVoteView> {
    return this.votes.open(id, principal, body);
  }

  /** A decision held on Sichuan's official e-voting system: its result imported, evaluated and published. */
  @Post('proposals/:proposalId/official-result')
  @Roles(ORGANISERS, proposal)
  importOfficial(
    @Param('proposalId', ParseIntPipe) id: number,
    @Body() body: ImportOfficialResultDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<OwnerVoteView> {
    return this.votes.importOfficial(id, principal, body);
  }

  @Post('owner-votes/:voteId/ballots')
  @ApiHeader({ name: 'Idempotency-Key', required: false })
  @Roles(VOTERS, vote)
  cast(
    @Param('voteId', ParseIntPipe) voteId: number,
    @Body() body: CastBallotDto,
    @Headers('idempotency-key') key: string | undefined,
    @CurrentPrincipal() principal: Principal,
  ): Promise<BallotReceipt> {
    return this.ballots.cast(voteId, principal.personId, body, parseIdempotencyKey(key));
  }

  @Post('owner-votes/:voteId/paper-ballots')
  @Roles(ORGANISERS, vote)
  paper(
    @Param('voteId', ParseIntPipe) voteId: number,
    @Body() body: PaperBallotDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<BallotReceipt> {
    return this.ballots.enterPaper(voteId, principal.personId, body);
  }

  @Get('owner-votes/:voteId/ballots')
  @Roles(ORGANISERS, vote)
  ballotRecords(@Param('voteId', ParseIntPipe) voteId: number): Promise<BallotRecordView[]> {
    return this.ballots.ballotRecords(voteId);
  }

  @Get('owner-votes/:voteId/receipts/:code')
  @Roles(ROLES, vote)
  receipt(@Param('voteId', ParseIntPipe) voteId: number, @Param('code') code: string): Promise<ReceiptCheck> {
    return this.ballots.checkReceipt(voteId, code);
  }

  /** Public at every stage: who took part, never what they chose. */
  @Get('owner-votes/:voteId/turnout')
  @Roles(ROLES, vote)
  turnout(@Param('voteId', ParseIntPipe) voteId: number): Promise<VoteTurnoutView> {
    return this.count.turnout(voteId);
  }

  /** Once closed; 409 VOTE_COUNT_SEALED before, for every role. */
  @Get('owner-votes/:voteId/tally')
  @Roles(ROLES, vote)
  tally(@Param('voteId', ParseIntPipe) voteId: number): Promise<OwnerVoteTallyView | ChoiceTallyView> {
    return this.count.tally(voteId);
  }

  /** Once closed, open (实名) votes only: each unit's counted choice. */
  @Get('owner-votes/:voteId/choices')
  @Roles(['owner', 'committee_member', 'community_admin', 'street_admin'], vote)
  choices(@Param('voteId', ParseIntPipe) voteId: number): Promise<UnitChoiceView[]> {
    return this.count.choices(voteId);
  }

  /**
   * A final result carries a (weak) ETag, the hash of the chain link that made it final: `If-None-Match` with it
   * answers 304 and no body, once the guard has let the caller in. Open votes and preliminary results carry none.
   */
  @Get('owner-votes/:voteId/result')
  @Roles(ROLES, vote)
  async result(
    @Param('voteId', ParseIntPipe) voteId: number,
    @Headers('if-none-match') ifNoneMatch: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<OwnerVoteResultView | undefined> {
    return answerTagged(reply, ifNoneMatch, await this.results.tagged(voteId));
  }

  /** Votes close by themselves at their closing time; before it this is refused (409 VOTE_STILL_OPEN). */
  @Post('owner-votes/:voteId/close')
  @HttpCode(200)
  @Roles(ORGANISERS, vote)
  close(@Param('voteId', ParseIntPipe) voteId: number): Promise<OwnerVoteView> {
    return this.lifecycle.close(voteId);
  }

  @Post('owner-votes/:voteId/terminate')
  @HttpCode(200)
  @Roles(ORGANISERS, vote)
  terminate(
    @Param('voteId', ParseIntPipe) voteId: number,
    @Body() body: TerminateVoteDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<OwnerVoteView> {
    return this.lifecycle.terminate(voteId, principal, body.reason);
  }

  @Get('owner-votes/:voteId/objections')
  @Roles(ROLES, vote)
  objectionList(
    @Param('voteId', ParseIntPipe) voteId: number,
    @CurrentPrincipal() principal: Principal,
  ): Promise<ObjectionView[]> {
    return this.objections.list(voteId, principal);
  }

  @Post('owner-votes/:voteId/objections')
  @RateLimit('write')
  @Roles(VOTERS, vote)
  object(
    @Param('voteId', ParseIntPipe) voteId: number,
    @Body() body: ObjectionDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<ObjectionView> {
    return this.objections.object(voteId, principal, body);
  }

  @Post('vote-objections/:objectionId/answer')
  @HttpCode(200)
  @Roles(ORGANISERS, objection)
  answer(
    @Param('objectionId', ParseIntPipe) objectionId: number,
    @Body() body: AnswerObjectionDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<ObjectionView> {
    return this.objections.answer(objectionId, principal, body);
  }

  @Post('owner-votes/:voteId/corrections')
  @Roles(ORGANISERS, vote)
  correct(
    @Param('voteId', ParseIntPipe) voteId: number,
    @Body() body: CorrectionDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<VoteCorrectionView> {
    return this.objections.correct(voteId, principal, body);
  }
}
