import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { PlaceModule } from '../place/place.module.js';
import { UnitClaim } from './unit-claim.entity.js';
import { ClaimAttempt } from './claim-attempt.entity.js';
import { ClaimService } from './claim.service.js';
import { ClaimResolver } from './claim.resolver.js';
import { AdminClaimsController, ClaimsController } from './claims.controller.js';
import { AccessModule } from '../identity/access.module.js';

@Module({
  imports: [TypeOrmModule.forFeature([UnitClaim, ClaimAttempt]), PlaceModule, AccessModule],
  controllers: [ClaimsController, AdminClaimsController],
  providers: [ClaimService, ClaimResolver],
})
export class ClaimModule {}
