import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { PlaceModule } from '../place/place.module.js';
import { FilesModule } from '../files/files.module.js';
import { AccessModule } from '../identity/access.module.js';
import { DisclosureModule } from '../disclosure/disclosure.module.js';
import { NotificationModule } from '../notification/notification.module.js';
import { VoteReminders } from './vote-reminders.js';
import {
  Ballot,
  OwnerVote,
  Proposal,
  ProposalEvaluation,
  ProposalEvent,
  ProposalSupport,
  VoteRoll,
  ResidentPoll,
  PollVote,
} from './deliberation.entities.js';
import { ProposalService } from './proposal.service.js';
import { PollService } from './poll.service.js';
import { ResidentPollResolver } from './poll.resolver.js';
import { VoteService } from './vote.service.js';
import { OwnerVoteResolver, ProposalResolver } from './vote.resolvers.js';
import { DeliberationController } from './deliberation.controller.js';

@Module({
  imports: [
    TypeOrmModule.forFeature([
      Proposal,
      OwnerVote,
      VoteRoll,
      Ballot,
      ProposalEvent,
      ProposalSupport,
      ProposalEvaluation,
      ResidentPoll,
      PollVote,
    ]),
    PlaceModule,
    FilesModule,
    AccessModule,
    DisclosureModule,
    NotificationModule,
  ],
  controllers: [DeliberationController],
  providers: [
    VoteService,
    ProposalService,
    PollService,
    VoteReminders,
    ProposalResolver,
    OwnerVoteResolver,
    ResidentPollResolver,
  ],
  exports: [VoteService],
})
export class DeliberationModule {}
