import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Place } from './place.entity.js';
import { Unit } from './unit.entity.js';
import { Grid, GridBuilding } from './grid.entity.js';
import { UnitOwner } from './unit-owner.entity.js';
import { PlaceService } from './place.service.js';
import { UnitService } from './unit.service.js';
import { AnyPlaceResolver, CompoundResolver, GridResolver } from './place.resolvers.js';
import { CompoundsController } from './compounds.controller.js';

@Module({
  imports: [TypeOrmModule.forFeature([Place, Unit, Grid, GridBuilding, UnitOwner])],
  controllers: [CompoundsController],
  providers: [PlaceService, UnitService, CompoundResolver, GridResolver, AnyPlaceResolver],
  exports: [PlaceService, UnitService, CompoundResolver, GridResolver, AnyPlaceResolver],
})
export class PlaceModule {}
