import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { PlaceModule } from '../place/place.module.js';
import { FilesModule } from '../files/files.module.js';
import { AccessModule } from '../identity/access.module.js';
import { NotificationModule } from '../notification/notification.module.js';
import { WechatModule } from '../wechat/wechat.module.js';
import {
  Complaint,
  ComplaintEvent,
  ComplaintMeTooMark,
  ComplaintPhotoCheck,
  CompoundPlan,
  CompoundPlanUpdate,
} from './complaint.entities.js';
import { ComplaintService } from './complaint.service.js';
import { ComplaintLists } from './complaint-lists.service.js';
import { ComplaintDigest } from './complaint-digest.service.js';
import { ComplaintContacts } from './complaint-contacts.service.js';
import { ComplaintMeToo } from './complaint-me-too.service.js';
import { ComplaintRepository, CompoundPlanRepository } from './complaint.repository.js';
import { ComplaintScheduler } from './complaint-scheduler.js';
import { ContentChecks } from './content-checks.js';
import { ProblemCompoundsService } from './problem-compounds.service.js';
import { ComplaintResolver, CompoundPlanResolver } from './complaint.resolvers.js';
import { ComplaintController } from './complaint.controller.js';
import { Open311Controller } from './open311.controller.js';
import { Open311Service } from './open311.service.js';
import { MediaCheckController } from './media-check.controller.js';

/** 诉求: filing, routing, the lifecycle and deadlines, the problem-compound list, open data. */
@Module({
  imports: [
    TypeOrmModule.forFeature([
      Complaint,
      ComplaintEvent,
      ComplaintMeTooMark,
      ComplaintPhotoCheck,
      CompoundPlan,
      CompoundPlanUpdate,
    ]),
    PlaceModule,
    FilesModule,
    AccessModule,
    NotificationModule,
    WechatModule,
  ],
  controllers: [ComplaintController, Open311Controller, MediaCheckController],
  providers: [
    ComplaintRepository,
    CompoundPlanRepository,
    ComplaintService,
    ComplaintLists,
    ComplaintContacts,
    ComplaintMeToo,
    ComplaintDigest,
    ComplaintScheduler,
    ContentChecks,
    ProblemCompoundsService,
    Open311Service,
    ComplaintResolver,
    CompoundPlanResolver,
  ],
  exports: [ComplaintService, ComplaintScheduler, ComplaintDigest],
})
export class ComplaintModule {}
