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
  LineAttachment,
  LineFlag,
  LineQuestion,
  Publication,
  ReviewNote,
  ServiceDisclosure,
  WorkRecord,
  FundEntry,
  AuditReport,
} from './disclosure.entities.js';
import { AccountDisclosureService } from './account-disclosure.service.js';
import { PublicationService } from './publication.service.js';
import { QuestionService } from './question.service.js';
import { ServiceDisclosureService } from './service-disclosure.service.js';
import { FundService } from './fund.service.js';
import { NoticeService } from './notice.service.js';
import { AccountDisclosureResolver, LineResolver, QuestionResolver } from './disclosure.resolvers.js';
import { DisclosureController } from './disclosure.controller.js';

@Module({
  imports: [
    TypeOrmModule.forFeature([
      AccountDisclosure,
      CompoundBilling,
      DisclosureLine,
      LineAttachment,
      LineFlag,
      LineQuestion,
      Publication,
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
  ],
  controllers: [DisclosureController],
  providers: [
    AccountDisclosureService,
    PublicationService,
    QuestionService,
    ServiceDisclosureService,
    FundService,
    NoticeService,
    AccountDisclosureResolver,
    LineResolver,
    QuestionResolver,
  ],
  exports: [AccountDisclosureService, QuestionService, ServiceDisclosureService, FundService, PublicationService],
})
export class DisclosureModule {}
