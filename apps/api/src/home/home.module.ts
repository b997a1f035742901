import { Module } from '@nestjs/common';
import { ClaimModule } from '../claim/claim.module.js';
import { ComplaintModule } from '../complaint/complaint.module.js';
import { DeliberationModule } from '../deliberation/deliberation.module.js';
import { DisclosureModule } from '../disclosure/disclosure.module.js';
import { AccessModule } from '../identity/access.module.js';
import { NotificationModule } from '../notification/notification.module.js';
import { PlaceModule } from '../place/place.module.js';
import { HomeController } from './home.controller.js';
import { HomeService } from './home.service.js';

/** 首页 by role: composes the other domains' counts; no table of its own, and nothing imports it. */
@Module({
  imports: [
    PlaceModule,
    AccessModule,
    ClaimModule,
    ComplaintModule,
    DeliberationModule,
    DisclosureModule,
    NotificationModule,
  ],
  controllers: [HomeController],
  providers: [HomeService],
})
export class HomeModule {}
