import { Controller, Get, Param, ParseIntPipe, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import {
  ROLES,
  type BuildingView,
  type CompoundListItem,
  type CompoundSummary,
  type Page,
  type UnitView,
} from '@xiaoqu/shared';
import { Authenticated, Roles } from '../common/auth/access.decorator.js';
import { PlaceService } from './place.service.js';
import { CompoundResolver } from './place.resolvers.js';
import { SearchCompoundsQuery, UnitPageQuery } from './dto/place.dto.js';
import { unitSearchTerms } from './unit-search.js';

const compound = { param: 'compoundId', resolver: CompoundResolver };

@ApiTags('places')
@ApiBearerAuth()
@Controller('compounds')
export class CompoundsController {
  constructor(private readonly places: PlaceService) {}

  @Get()
  @Authenticated()
  search(@Query() query: SearchCompoundsQuery): Promise<CompoundListItem[]> {
    return this.places.searchCompounds({ q: query.q?.trim() ?? '', within: query.within, limit: query.limit ?? 20 });
  }

  @Get(':compoundId')
  @Roles(ROLES, compound)
  summary(@Param('compoundId', ParseIntPipe) compoundId: number): Promise<CompoundSummary> {
    return this.places.compoundSummary(compoundId);
  }

  /** Building names are public knowledge; a person claiming a unit needs them before belonging anywhere. */
  @Get(':compoundId/buildings')
  @Authenticated()
  buildings(@Param('compoundId', ParseIntPipe) compoundId: number): Promise<BuildingView[]> {
    return this.places.buildings(compoundId);
  }

  @Get(':compoundId/units')
  @Roles(ROLES, compound)
  units(@Param('compoundId', ParseIntPipe) compoundId: number, @Query() query: UnitPageQuery): Promise<Page<UnitView>> {
    return this.places.unitPage(compoundId, {
      buildingId: query.buildingId,
      cursor: query.cursor,
      limit: query.limit ?? 50,
      terms: unitSearchTerms(query.q),
    });
  }
}
