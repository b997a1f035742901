import { Body, Controller, Get, Headers, HttpCode, Param, ParseIntPipe, Post, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { ROLES, type ProposalTimelineView, type ProposalView } from '@xiaoqu/shared';
import { Roles } from '../../common/auth/access.decorator.js';
import { RateLimit } from '../../common/throttle/rate-limit.decorator.js';
import { parseIdempotencyKey } from '../../common/http/idempotency-key.js';
import { CurrentPrincipal } from '../../common/auth/current-principal.decorator.js';
import type { Principal } from '../../common/auth/principal.js';
import { CompoundResolver } from '../../place/place.resolvers.js';
import { ProposalResolver } from '../votes/vote.resolvers.js';
import { CreateProposalDto, EvaluationDto, MeetingDto, PositionDto, ProgressUpdateDto } from '../dto/vote.dto.js';
import { ProposalService } from './proposal.service.js';
import { ProposalRegister } from './proposal-register.service.js';

const compound = { param: 'compoundId', resolver: CompoundResolver };
const proposal = { param: 'proposalId', resolver: ProposalResolver };
const ORGANISERS = ['committee_member', 'community_admin'] as const;

@ApiTags('deliberation')
@ApiBearerAuth()
@Controller()
export class ProposalsController {
  constructor(
    private readonly register: ProposalRegister,
    private readonly proposals: ProposalService,
  ) {}

  @Post('compounds/:compoundId/proposals')
  @Roles(ROLES, compound)
  @RateLimit('write')
  create(
    @Param('compoundId', ParseIntPipe) compoundId: number,
    @Body() body: CreateProposalDto,
    @CurrentPrincipal() principal: Principal,
    @Headers('idempotency-key') key: string | undefined,
  ): Promise<ProposalView> {
    return this.register.createProposal(compoundId, principal, body, parseIdempotencyKey(key));
  }

  @Get('compounds/:compoundId/proposals')
  @Roles(ROLES, compound)
  list(@Param('compoundId', ParseIntPipe) compoundId: number): Promise<ProposalView[]> {
    return this.register.proposalsOf(compoundId);
  }

  @Get('proposals/:proposalId')
  @Roles(ROLES, proposal)
  get(@Param('proposalId', ParseIntPipe) id: number): Promise<ProposalView> {
    return this.register.proposal(id);
  }

  @Get('proposals/:proposalId/timeline')
  @Roles(ROLES, proposal)
  timeline(
    @Param('proposalId', ParseIntPipe) id: number,
    @CurrentPrincipal() principal: Principal,
  ): Promise<ProposalTimelineView> {
    return this.proposals.timeline(principal, id);
  }

  @Post('proposals/:proposalId/support')
  @RateLimit('write')
  @HttpCode(200)
  @Roles(['resident', 'owner'], proposal)
  support(
    @Param('proposalId', ParseIntPipe) id: number,
    @CurrentPrincipal() principal: Principal,
  ): Promise<ProposalTimelineView> {
    return this.proposals.support(principal, id);
  }

  @Put('proposals/:proposalId/positions/:party')
  @Roles(['community_admin', 'committee_member', 'property_staff'], proposal)
  position(
    @Param('proposalId', ParseIntPipe) id: number,
    @Param('party') party: string,
    @Body() body: PositionDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<ProposalTimelineView> {
    return this.proposals.position(principal, id, party, body.text);
  }

  @Post('proposals/:proposalId/meetings')
  @Roles(ORGANISERS, proposal)
  meeting(
    @Param('proposalId', ParseIntPipe) id: number,
    @Body() body: MeetingDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<ProposalTimelineView> {
    return this.proposals.meeting(principal, id, body.minutes, body.attendees, body.attachmentIds);
  }

  @Post('proposals/:proposalId/updates')
  @Roles(['community_admin', 'committee_member', 'property_staff'], proposal)
  update(
    @Param('proposalId', ParseIntPipe) id: number,
    @Body() body: ProgressUpdateDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<ProposalTimelineView> {
    return this.proposals.progress(principal, id, body.text, body.progress, body.attachmentIds);
  }

  @Put('proposals/:proposalId/evaluation')
  @Roles(['resident', 'owner'], proposal)
  evaluate(
    @Param('proposalId', ParseIntPipe) id: number,
    @Body() body: EvaluationDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<ProposalTimelineView> {
    return this.proposals.evaluate(principal, id, body);
  }
}
