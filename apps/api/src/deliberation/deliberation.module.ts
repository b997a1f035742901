import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { PlaceModule } from '../place/place.module.js';
import { FilesModule } from '../files/files.module.js';
import { AccessModule } from '../identity/access.module.js';
import { PublicationModule } from '../disclosure/publication/publication.module.js';
import { NotificationModule } from '../notification/notification.module.js';
import { VoteReminders } from './votes/vote-reminders.js';
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
} from './deliberation.entities.js';
import { BallotService } from './votes/ballot.service.js';
import { BallotRepository } from './votes/ballot.repository.js';
import { BallotFilesReader } from './votes/ballot-files.reader.js';
import { VoteViews } from './votes/vote-views.js';
import { PublishedResults } from './votes/result-cache.js';
import { VoteCount } from './votes/vote-count.service.js';
import { VoteLifecycle } from './votes/vote-lifecycle.service.js';
import { VoteObjections } from './votes/objection.service.js';
import { VoteBases } from './votes/vote-basis.service.js';
import { OwnerVoteController } from './votes/owner-vote.controller.js';
import { DevClockController } from './votes/dev-clock.controller.js';
import { DevClockService } from './votes/dev-clock.service.js';
import { ProposalService } from './proposals/proposal.service.js';
import { ProposalRegister } from './proposals/proposal-register.service.js';
import { PollService } from './polls/poll.service.js';
import { ResidentPollResolver } from './polls/poll.resolver.js';
import { VoteService } from './votes/vote.service.js';
import { ObjectionResolver, OwnerVoteResolver, ProposalResolver } from './votes/vote.resolvers.js';
import { ProposalsController } from './proposals/proposals.controller.js';
import { PollsController } from './polls/polls.controller.js';
import { DeliberationDigest } from './deliberation-digest.service.js';

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
    ]),
    PlaceModule,
    FilesModule,
    AccessModule,
    PublicationModule,
    NotificationModule,
  ],
  controllers: [ProposalsController, PollsController, OwnerVoteController, DevClockController],
  providers: [
    VoteService,
    BallotService,
    BallotRepository,
    BallotFilesReader,
    VoteViews,
    VoteCount,
    PublishedResults,
    VoteLifecycle,
    VoteObjections,
    VoteBases,
    ObjectionResolver,
    ProposalService,
    ProposalRegister,
    PollService,
    VoteReminders,
    DevClockService,
    ProposalResolver,
    OwnerVoteResolver,
    ResidentPollResolver,
    DeliberationDigest,
  ],
  exports: [VoteService, DeliberationDigest],
})
export class DeliberationModule {}
