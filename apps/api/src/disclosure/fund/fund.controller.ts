import { Body, Controller, Get, Param, ParseIntPipe, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { ROLES, type AuditReportView, type MaintenanceFundView } from '@xiaoqu/shared';
import { Roles } from '../../common/auth/access.decorator.js';
import { CurrentPrincipal } from '../../common/auth/current-principal.decorator.js';
import type { Principal } from '../../common/auth/principal.js';
import { CompoundResolver } from '../../place/place.resolvers.js';
import { AuditReportDto, FundEntryDto } from '../dto/disclosure.dto.js';
import { FundService } from './fund.service.js';

const compound = { param: 'compoundId', resolver: CompoundResolver };

@ApiTags('disclosures')
@ApiBearerAuth()
@Controller()
export class FundController {
  constructor(private readonly funds: FundService) {}

  @Get('compounds/:compoundId/maintenance-fund')
  @Roles(ROLES, compound)
  fund(@Param('compoundId', ParseIntPipe) compoundId: number): Promise<MaintenanceFundView> {
    return this.funds.fund(compoundId);
  }

  @Post('compounds/:compoundId/maintenance-fund/entries')
  @Roles(['property_staff', 'committee_member'], compound)
  addFundEntry(
    @Param('compoundId', ParseIntPipe) compoundId: number,
    @Body() body: FundEntryDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<MaintenanceFundView> {
    return this.funds.addFundEntry(compoundId, body, principal.personId);
  }

  @Get('compounds/:compoundId/audit-reports')
  @Roles(ROLES, compound)
  auditReports(@Param('compoundId', ParseIntPipe) compoundId: number): Promise<AuditReportView[]> {
    return this.funds.auditReports(compoundId);
  }

  @Post('compounds/:compoundId/audit-reports')
  @Roles(['property_staff', 'committee_member'], compound)
  addAuditReport(
    @Param('compoundId', ParseIntPipe) compoundId: number,
    @Body() body: AuditReportDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<AuditReportView[]> {
    return this.funds.addAuditReport(compoundId, body, principal.personId);
  }
}
