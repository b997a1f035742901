import { Body, Controller, Get, HttpCode, Param, ParseIntPipe, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { ROLES, type ResidentPollView } from '@xiaoqu/shared';
import { Roles } from '../../common/auth/access.decorator.js';
import { CurrentPrincipal } from '../../common/auth/current-principal.decorator.js';
import type { Principal } from '../../common/auth/principal.js';
import { ProposalResolver } from '../votes/vote.resolvers.js';
import { OpenPollDto, PollVoteDto } from '../dto/vote.dto.js';
import { PollService } from './poll.service.js';
import { ResidentPollResolver } from './poll.resolver.js';

const proposal = { param: 'proposalId', resolver: ProposalResolver };
const poll = { param: 'pollId', resolver: ResidentPollResolver };
const ORGANISERS = ['committee_member', 'community_admin'] as const;

@ApiTags('deliberation')
@ApiBearerAuth()
@Controller()
export class PollsController {
  constructor(private readonly polls: PollService) {}

  @Post('proposals/:proposalId/resident-poll')
  @Roles(ORGANISERS, proposal)
  openPoll(
    @Param('proposalId', ParseIntPipe) id: number,
    @Body() body: OpenPollDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<ResidentPollView> {
    return this.polls.open(principal, id, body.closesAt);
  }

  @Get('resident-polls/:pollId')
  @Roles(ROLES, poll)
  poll(
    @Param('pollId', ParseIntPipe) pollId: number,
    @CurrentPrincipal() principal: Principal,
  ): Promise<ResidentPollView> {
    return this.polls.view(principal, pollId);
  }

  /** Residents and owners of the compound, one vote each. */
  @Post('resident-polls/:pollId/votes')
  @HttpCode(200)
  @Roles(['resident', 'owner'], poll)
  pollVote(
    @Param('pollId', ParseIntPipe) pollId: number,
    @Body() body: PollVoteDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<ResidentPollView> {
    return this.polls.vote(principal, pollId, body.choice);
  }

  @Post('resident-polls/:pollId/close')
  @HttpCode(200)
  @Roles(ORGANISERS, poll)
  closePoll(
    @Param('pollId', ParseIntPipe) pollId: number,
    @CurrentPrincipal() principal: Principal,
  ): Promise<ResidentPollView> {
    return this.polls.close(principal, pollId);
  }
}
