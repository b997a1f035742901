import { Body, Controller, Get, Param, ParseIntPipe, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { OwnerMergeView } from '@xiaoqu/shared';
import { Roles } from '../common/auth/access.decorator.js';
import { CurrentPrincipal } from '../common/auth/current-principal.decorator.js';
import type { Principal } from '../common/auth/principal.js';
import { OwnerMergesService } from './owner-merges.service.js';
import { CompoundResolver } from '../place/place.resolvers.js';
import { CreateOwnerMergeDto } from './dto/owner-merge.dto.js';

const compound = { param: 'compoundId', resolver: CompoundResolver };

/** Merging two owner keys of a compound as one person (one headcount), and the record of such merges. */
@ApiTags('roster')
@ApiBearerAuth()
@Controller('compounds/:compoundId/owner-merges')
export class OwnerMergesController {
  constructor(private readonly merges: OwnerMergesService) {}

  @Get()
  @Roles(['community_admin'], compound)
  list(@Param('compoundId', ParseIntPipe) compoundId: number): Promise<OwnerMergeView[]> {
    return this.merges.list(compoundId);
  }

  @Post()
  @Roles(['community_admin'], compound)
  merge(
    @Param('compoundId', ParseIntPipe) compoundId: number,
    @Body() body: CreateOwnerMergeDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<OwnerMergeView> {
    return this.merges.merge(compoundId, body, principal.personId);
  }
}
