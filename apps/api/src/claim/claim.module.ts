import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { PlaceModule } from '../place/place.module.js';
import { FilesModule } from '../files/files.module.js';
import { RosterModule } from '../roster/roster.module.js';
import { UnitClaim } from './unit-claim.entity.js';
import { ClaimAttempt } from './claim-attempt.entity.js';
import { ClaimDecision } from './claim-decision.entity.js';
import { DeedPhotoUpload } from './deed-photo-upload.entity.js';
import { ClaimService } from './claim.service.js';
import { ClaimDecisionService } from './claim-decision.service.js';
import { ClaimMatcher } from './claim-match.service.js';
import { ClaimResolver } from './claim.resolver.js';
import { DeedPhotoReader, DeedPhotoSweep } from './deed-photos.js';
import { AdminClaimsController, ClaimsController } from './claims.controller.js';
import { AccessModule } from '../identity/access.module.js';

@Module({
  imports: [
    TypeOrmModule.forFeature([UnitClaim, ClaimAttempt, ClaimDecision, DeedPhotoUpload]),
    PlaceModule,
    FilesModule,
    RosterModule,
    AccessModule,
  ],
  controllers: [ClaimsController, AdminClaimsController],
  providers: [ClaimService, ClaimDecisionService, ClaimMatcher, ClaimResolver, DeedPhotoReader, DeedPhotoSweep],
  exports: [DeedPhotoSweep, ClaimService],
})
export class ClaimModule {}
