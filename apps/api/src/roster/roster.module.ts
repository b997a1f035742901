import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { PlaceModule } from '../place/place.module.js';
import { RosterImport } from './roster-import.entity.js';
import { RosterDeed } from './roster-deed.entity.js';
import { RosterDeedsService } from './roster-deeds.service.js';
import { RosterService } from './roster.service.js';
import { RosterController } from './roster.controller.js';

@Module({
  imports: [TypeOrmModule.forFeature([RosterImport, RosterDeed]), PlaceModule],
  controllers: [RosterController],
  providers: [RosterService, RosterDeedsService],
  exports: [RosterDeedsService],
})
export class RosterModule {}
