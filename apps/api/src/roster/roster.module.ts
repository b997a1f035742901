import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { PlaceModule } from '../place/place.module.js';
import { RosterImport } from './roster-import.entity.js';
import { RosterService } from './roster.service.js';
import { RosterController } from './roster.controller.js';

@Module({
  imports: [TypeOrmModule.forFeature([RosterImport]), PlaceModule],
  controllers: [RosterController],
  providers: [RosterService],
})
export class RosterModule {}
