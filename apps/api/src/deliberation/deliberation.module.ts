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
  VoteBasis,
  VoteCorrection,
  VoteObjection,
  VoteOption,
  VoteRecordFile,
} from './deliberation.entities.js';
import { BallotService } from './ballot.service.js';
import { BallotFilesReader } from './ballot-files.reader.js';
import { VoteViews } from './vote-views.js';
import { VoteCount } from './vote-count.service.js';
import { VoteLifecycle } from './vote-lifecycle.service.js';
import { VoteObjections } from './objection.service.js';
import { VoteBases } from './vote-basis.service.js';
import { OwnerVoteController } from './owner-vote.controller.js';
import { DevClockController } from './dev-clock.controller.js';
import { ProposalService } from './proposal.service.js';
import { PollService } from './poll.service.js';
import { ResidentPollResolver } from './poll.resolver.js';
import { VoteService } from './vote.service.js';
import { ObjectionResolver, OwnerVoteResolver, ProposalResolver } from './vote.resolvers.js';
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
      VoteBasis,
      VoteCorrection,
      VoteObjection,
      VoteOption,
      VoteRecordFile,
    ]),
    PlaceModule,
    FilesModule,
    AccessModule,
    DisclosureModule,
    NotificationModule,
  ],
  controllers: [DeliberationController, OwnerVoteController, DevClockController],
  providers: [
    VoteService,
    BallotService,
    BallotFilesReader,
    VoteViews,
    VoteCount,
    VoteLifecycle,
    VoteObjections,
    VoteBases,
    ObjectionResolver,
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
