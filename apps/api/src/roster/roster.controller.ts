import { Controller, Get, Param, ParseIntPipe, Post, Query, Req } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { ApiBearerAuth, ApiConsumes, ApiTags } from '@nestjs/swagger';
import type { Page, RosterImportResult, RosterUnitView } from '@xiaoqu/shared';
import { Roles } from '../common/auth/access.decorator.js';
import { CurrentPrincipal } from '../common/auth/current-principal.decorator.js';
import type { Principal } from '../common/auth/principal.js';
import { readUploadedFile } from '../common/http/uploaded-file.js';
import { CompoundResolver } from '../place/place.resolvers.js';
import { PageQuery } from '../place/dto/place.dto.js';
import { RosterService } from './roster.service.js';

const compound = { param: 'compoundId', resolver: CompoundResolver };

@ApiTags('roster')
@ApiBearerAuth()
@Controller('compounds/:compoundId/roster')
export class RosterController {
  constructor(private readonly roster: RosterService) {}

  @Get()
  @Roles(['community_admin', 'street_admin'], compound)
  list(
    @Param('compoundId', ParseIntPipe) compoundId: number,
    @Query() query: PageQuery,
  ): Promise<Page<RosterUnitView>> {
    return this.roster.rosterPage(compoundId, { cursor: query.cursor, limit: query.limit ?? 100 });
  }

  @Post()
  @ApiConsumes('multipart/form-data')
  @Roles(['community_admin'], compound)
  async import(
    @Param('compoundId', ParseIntPipe) compoundId: number,
    @Req() request: FastifyRequest,
    @CurrentPrincipal() principal: Principal,
  ): Promise<RosterImportResult> {
    return this.roster.import(compoundId, await readUploadedFile(request), principal.personId);
  }
}
