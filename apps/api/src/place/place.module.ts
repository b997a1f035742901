import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Place } from './place.entity.js';
import { Unit } from './unit.entity.js';
import { Grid, GridBuilding } from './grid.entity.js';
import { UnitOwner } from './unit-owner.entity.js';
import { OwnerKeyMerge } from './owner-key-merge.entity.js';
import { UnitOwnerRepository } from './unit-owner.repository.js';
import { OwnerKeyService } from './owner-keys.service.js';
import { PlaceService } from './place.service.js';
import { UnitService } from './unit.service.js';
import { AnyPlaceResolver, CompoundResolver, GridResolver } from './place.resolvers.js';
import { CompoundsController } from './compounds.controller.js';

@Module({
  imports: [TypeOrmModule.forFeature([Place, Unit, Grid, GridBuilding, UnitOwner, OwnerKeyMerge])],
  controllers: [CompoundsController],
  providers: [
    PlaceService,
    UnitService,
    UnitOwnerRepository,
    OwnerKeyService,
    CompoundResolver,
    GridResolver,
    AnyPlaceResolver,
  ],
  exports: [PlaceService, UnitService, OwnerKeyService, CompoundResolver, GridResolver, AnyPlaceResolver],
})
export class PlaceModule {}
