import { Controller, Get, Param, ParseIntPipe, Post, Query, Req } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { ApiBearerAuth, ApiConsumes, ApiTags } from '@nestjs/swagger';
import type { Page, RosterImportResult, RosterOwnerView, RosterUnitView } from '@xiaoqu/shared';
import { Roles } from '../common/auth/access.decorator.js';
import { CurrentPrincipal } from '../common/auth/current-principal.decorator.js';
import type { Principal } from '../common/auth/principal.js';
import type { RequestWithPrincipal } from '../common/auth/current-principal.decorator.js';
import { DomainException } from '../common/errors/domain.exception.js';
import { readUploadedFile } from '../common/http/uploaded-file.js';
import { CompoundResolver } from '../place/place.resolvers.js';
import { RosterQuery } from './dto/roster.dto.js';
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
    @Query() query: RosterQuery,
  ): Promise<Page<RosterUnitView>> {
    return this.roster.rosterPage(compoundId, { cursor: query.cursor, limit: query.limit ?? 100, q: query.q });
  }

  /** One unit's owner name and phone in full (the list masks them); every reveal is written to the audit log. */
  @Get('units/:unitId/owner')
  @Roles(['community_admin'], compound)
  revealOwner(
    @Param('compoundId', ParseIntPipe) compoundId: number,
    @Param('unitId', ParseIntPipe) unitId: number,
    @Req() request: FastifyRequest & RequestWithPrincipal,
    @CurrentPrincipal() principal: Principal,
  ): Promise<RosterOwnerView> {
    const target = request.accessTarget;
    // The AccessGuard resolved the compound for this route; without it there is no place to audit the reveal in.
    if (!target) throw new DomainException('NOT_FOUND');
    return this.roster.revealOwner(compoundId, unitId, {
      personId: principal.personId,
      placeId: target.placeId,
      placePath: target.path,
      route: `GET ${request.routeOptions.url ?? '/api/compounds/:compoundId/roster/units/:unitId/owner'}`,
      requestId: String(request.id),
    });
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
