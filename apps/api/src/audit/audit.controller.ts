import { Controller, Get, Param, ParseIntPipe, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { AUDIT_READER_ROLES, type AuditPage } from '@xiaoqu/shared';
import { Roles } from '../common/auth/access.decorator.js';
import { AnyPlaceResolver } from '../place/place.resolvers.js';
import { AuditService } from './audit.service.js';
import { AuditQueryDto } from './dto/audit.dto.js';

@ApiTags('audit')
@ApiBearerAuth()
@Controller()
export class AuditController {
  constructor(private readonly audit: AuditService) {}

  /** Staff and admin writes on a community or street and everything below it, newest first. */
  @Get('places/:placeId/audit')
  @Roles(AUDIT_READER_ROLES, { param: 'placeId', resolver: AnyPlaceResolver })
  page(@Param('placeId', ParseIntPipe) placeId: number, @Query() query: AuditQueryDto): Promise<AuditPage> {
    return this.audit.page(placeId, query);
  }
}
