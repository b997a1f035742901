import { Body, Controller, Get, HttpCode, Param, ParseIntPipe, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { ClaimView } from '@xiaoqu/shared';
import { Authenticated, Roles } from '../common/auth/access.decorator.js';
import { CurrentPrincipal } from '../common/auth/current-principal.decorator.js';
import type { Principal } from '../common/auth/principal.js';
import { RateLimit } from '../common/throttle/rate-limit.decorator.js';
import { ClaimService } from './claim.service.js';
import { ClaimResolver } from './claim.resolver.js';
import { AdminClaimsQuery, CreateClaimDto, RejectClaimDto } from './dto/claim.dto.js';

@ApiTags('claims')
@ApiBearerAuth()
@Controller('claims')
export class ClaimsController {
  constructor(private readonly claims: ClaimService) {}

  @Post()
  @Authenticated()
  @RateLimit('claim')
  create(@CurrentPrincipal() principal: Principal, @Body() body: CreateClaimDto): Promise<ClaimView> {
    return this.claims.create(principal.personId, body);
  }

  @Get('mine')
  @Authenticated()
  mine(@CurrentPrincipal() principal: Principal): Promise<ClaimView[]> {
    return this.claims.mine(principal.personId);
  }
}

const claim = { param: 'claimId', resolver: ClaimResolver };

@ApiTags('admin')
@ApiBearerAuth()
@Controller('admin/claims')
export class AdminClaimsController {
  constructor(private readonly claims: ClaimService) {}

  @Get()
  @Roles(['community_admin', 'street_admin'])
  list(@CurrentPrincipal() principal: Principal, @Query() query: AdminClaimsQuery): Promise<ClaimView[]> {
    return this.claims.forAdmin(principal, query);
  }

  @Post(':claimId/approve')
  @HttpCode(200)
  @Roles(['community_admin'], claim)
  approve(
    @Param('claimId', ParseIntPipe) claimId: number,
    @CurrentPrincipal() principal: Principal,
  ): Promise<ClaimView> {
    return this.claims.approve(claimId, principal.personId);
  }

  @Post(':claimId/reject')
  @HttpCode(200)
  @Roles(['community_admin'], claim)
  reject(
    @Param('claimId', ParseIntPipe) claimId: number,
    @CurrentPrincipal() principal: Principal,
    @Body() body: RejectClaimDto,
  ): Promise<ClaimView> {
    return this.claims.reject(claimId, principal.personId, body.reason);
  }
}
