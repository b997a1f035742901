import { Controller, Get, Param, ParseIntPipe, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { ROLES, type VerifyResult } from '@xiaoqu/shared';
import { Roles } from '../../common/auth/access.decorator.js';
import { CompoundResolver } from '../../place/place.resolvers.js';
import { VerifyQuery } from '../dto/disclosure.dto.js';
import { PublicationService } from './publication.service.js';

const compound = { param: 'compoundId', resolver: CompoundResolver };

@ApiTags('disclosures')
@ApiBearerAuth()
@Controller()
export class PublicationController {
  constructor(private readonly publications: PublicationService) {}

  @Get('compounds/:compoundId/disclosures/verify')
  @Roles(ROLES, compound)
  verify(@Param('compoundId', ParseIntPipe) compoundId: number, @Query() query: VerifyQuery): Promise<VerifyResult> {
    return this.publications.verify(compoundId, query.files === '1');
  }
}
