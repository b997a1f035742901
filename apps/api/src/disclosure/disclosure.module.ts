import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccessModule } from '../identity/access.module.js';
import { FilesModule } from '../files/files.module.js';
import { NotificationModule } from '../notification/notification.module.js';
import { PlaceModule } from '../place/place.module.js';
import {
  AccountDisclosure,
  CompoundBilling,
  DisclosureLine,
  LineFlag,
  LineQuestion,
  ReviewNote,
  ServiceDisclosure,
  WorkRecord,
  FundEntry,
  AuditReport,
} from './disclosure.entities.js';
import { AccountDisclosureService } from './accounts/account-disclosure.service.js';
import { PublicationModule } from './publication/publication.module.js';
import { QuestionService } from './questions/question.service.js';
import { ServiceDisclosureService } from './service/service-disclosure.service.js';
import { FundService } from './fund/fund.service.js';
import { NoticeService } from './accounts/notice.service.js';
import { AccountDisclosureResolver, LineResolver, QuestionResolver } from './disclosure.resolvers.js';
import { AccountReviews } from './accounts/account-reviews.service.js';
import { AccountViews } from './accounts/account-views.service.js';
import { AccountsController } from './accounts/accounts.controller.js';
import { QuestionsController } from './questions/questions.controller.js';
import { ServiceDisclosureController } from './service/service-disclosure.controller.js';
import { FundController } from './fund/fund.controller.js';
import { DisclosureDigest } from './disclosure-digest.service.js';

@Module({
  imports: [
    TypeOrmModule.forFeature([
      AccountDisclosure,
      CompoundBilling,
      DisclosureLine,
      LineFlag,
      LineQuestion,
      ReviewNote,
      ServiceDisclosure,
      WorkRecord,
      FundEntry,
      AuditReport,
    ]),
    AccessModule,
    FilesModule,
    NotificationModule,
    PlaceModule,
    PublicationModule,
  ],
  controllers: [AccountsController, QuestionsController, ServiceDisclosureController, FundController],
  providers: [
    AccountDisclosureService,
    AccountViews,
    AccountReviews,
    QuestionService,
    ServiceDisclosureService,
    FundService,
    NoticeService,
    AccountDisclosureResolver,
    LineResolver,
    QuestionResolver,
    DisclosureDigest,
  ],
  exports: [
    AccountDisclosureService,
    QuestionService,
    ServiceDisclosureService,
    FundService,
    PublicationModule,
    DisclosureDigest,
  ],
})
export class DisclosureModule {}
