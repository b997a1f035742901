import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { PlaceModule } from '../place/place.module.js';
import { RosterImport } from './roster-import.entity.js';
import { RosterDeed } from './roster-deed.entity.js';
import { RosterDeedsService } from './roster-deeds.service.js';
import { RosterService } from './roster.service.js';
import { RosterController } from './roster.controller.js';
import { OwnerMergesController } from './owner-merges.controller.js';
import { OwnerMergesService } from './owner-merges.service.js';
import { AccessModule } from '../identity/access.module.js';
import { AuditModule } from '../audit/audit.module.js';

@Module({
  imports: [TypeOrmModule.forFeature([RosterImport, RosterDeed]), PlaceModule, AccessModule, AuditModule],
  controllers: [RosterController, OwnerMergesController],
  providers: [RosterService, RosterDeedsService, OwnerMergesService],
  exports: [RosterDeedsService],
})
export class RosterModule {}
