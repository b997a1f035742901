import { Body, Controller, Get, Headers, HttpCode, Param, ParseIntPipe, Post, Put, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { ROLES, type ServiceDisclosureView, type WorkRecordView } from '@xiaoqu/shared';
import { Roles } from '../../common/auth/access.decorator.js';
import { CurrentPrincipal } from '../../common/auth/current-principal.decorator.js';
import type { Principal } from '../../common/auth/principal.js';
import { answerTagged } from '../../common/http/etag.js';
import { CompoundResolver } from '../../place/place.resolvers.js';
import { STAFF_FILE_ROLES } from '../../files/files.service.js';
import { ServiceDisclosureDto, WorkRecordDto } from '../dto/disclosure.dto.js';
import { ServiceDisclosureService } from './service-disclosure.service.js';

const compound = { param: 'compoundId', resolver: CompoundResolver };

@ApiTags('disclosures')
@ApiBearerAuth()
@Controller()
export class ServiceDisclosureController {
  constructor(private readonly services: ServiceDisclosureService) {}

  /**
   * The published disclosure carries an ETag derived from the chain hashes of what it shows: `If-None-Match` with
   * it answers 304 and no body, once the guard has let the caller in. The draft below is read live, untagged.
   */
  @Get('compounds/:compoundId/service-disclosure')
  @Roles(ROLES, compound)
  async service(
    @Param('compoundId', ParseIntPipe) compoundId: number,
    @Headers('if-none-match') ifNoneMatch: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<ServiceDisclosureView | undefined> {
    return answerTagged(reply, ifNoneMatch, await this.services.publishedTagged(compoundId));
  }

  @Get('compounds/:compoundId/service-disclosure/draft')
  @Roles(STAFF_FILE_ROLES, compound)
  serviceDraft(@Param('compoundId', ParseIntPipe) compoundId: number): Promise<ServiceDisclosureView> {
    return this.services.current(compoundId, true);
  }

  @Put('compounds/:compoundId/service-disclosure/draft')
  @Roles(['property_staff'], compound)
  saveService(
    @Param('compoundId', ParseIntPipe) compoundId: number,
    @Body() body: ServiceDisclosureDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<ServiceDisclosureView> {
    return this.services.saveDraft(compoundId, body, principal.personId);
  }

  @Post('compounds/:compoundId/service-disclosure/publish')
  @HttpCode(200)
  @Roles(['property_staff'], compound)
  publishService(
    @Param('compoundId', ParseIntPipe) compoundId: number,
    @CurrentPrincipal() principal: Principal,
  ): Promise<ServiceDisclosureView> {
    return this.services.publishDraft(compoundId, principal.personId);
  }

  @Post('compounds/:compoundId/work-records')
  @Roles(['property_staff'], compound)
  workRecord(
    @Param('compoundId', ParseIntPipe) compoundId: number,
    @Body() body: WorkRecordDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<WorkRecordView> {
    return this.services.addWorkRecord(compoundId, body, principal.personId);
  }
}
