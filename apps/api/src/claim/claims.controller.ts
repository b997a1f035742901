import { Body, Controller, Get, HttpCode, Param, ParseIntPipe, Post, Query, Req } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { ApiBearerAuth, ApiConsumes, ApiTags } from '@nestjs/swagger';
import type { AttachmentView, ClaimDecisionView, ClaimView } from '@xiaoqu/shared';
import { Authenticated, Roles } from '../common/auth/access.decorator.js';
import { CurrentPrincipal } from '../common/auth/current-principal.decorator.js';
import type { Principal } from '../common/auth/principal.js';
import { readUploadedFile } from '../common/http/uploaded-file.js';
import { RateLimit } from '../common/throttle/rate-limit.decorator.js';
import { toAttachmentView } from '../files/files.service.js';
import { ClaimService } from './claim.service.js';
import { ClaimDecisionService } from './claim-decision.service.js';
import { ClaimResolver } from './claim.resolver.js';
import { CLAIM_DECIDERS } from './claim-match.service.js';
import {
  AdminClaimsQuery,
  ApproveClaimDto,
  CreateClaimDto,
  DeedPhotoQuery,
  RejectClaimDto,
  RevokeClaimDto,
} from './dto/claim.dto.js';

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

  /**
   * A photo of the deed or purchase contract for a claim (image only). A claimant holds no role in the compound
   * yet, so this is not the compound's attachment route; the file is theirs until a claim cites it.
   */
  @Post('deed-photos')
  @ApiConsumes('multipart/form-data')
  @Authenticated()
  @RateLimit('upload')
  async deedPhoto(
    @CurrentPrincipal() principal: Principal,
    @Query() query: DeedPhotoQuery,
    @Req() request: FastifyRequest,
  ): Promise<AttachmentView> {
    return toAttachmentView(
      await this.claims.storeDeedPhoto(query.compoundId, await readUploadedFile(request), principal.personId),
    );
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
  constructor(
    private readonly claims: ClaimService,
    private readonly decisions: ClaimDecisionService,
  ) {}

  @Get()
  @Roles(['community_admin', 'street_admin'])
  list(@CurrentPrincipal() principal: Principal, @Query() query: AdminClaimsQuery): Promise<ClaimView[]> {
    return this.claims.forAdmin(principal, query);
  }

  /** One claim with the roster match field by field, for the admins who decide it. */
  @Get(':claimId')
  @Roles(CLAIM_DECIDERS, claim)
  one(@Param('claimId', ParseIntPipe) claimId: number, @CurrentPrincipal() principal: Principal): Promise<ClaimView> {
    return this.claims.forDecider(principal, claimId);
  }

  /** Every approval, rejection and revocation of the claim's unit. */
  @Get(':claimId/history')
  @Roles(CLAIM_DECIDERS, claim)
  history(@Param('claimId', ParseIntPipe) claimId: number): Promise<ClaimDecisionView[]> {
    return this.decisions.history(claimId);
  }

  @Post(':claimId/approve')
  @HttpCode(200)
  @Roles(CLAIM_DECIDERS, claim)
  approve(
    @Param('claimId', ParseIntPipe) claimId: number,
    @CurrentPrincipal() principal: Principal,
    @Body() body: ApproveClaimDto,
  ): Promise<ClaimView> {
    return this.decisions.approve(claimId, principal, body ?? {});
  }

  @Post(':claimId/reject')
  @HttpCode(200)
  @Roles(CLAIM_DECIDERS, claim)
  reject(
    @Param('claimId', ParseIntPipe) claimId: number,
    @CurrentPrincipal() principal: Principal,
    @Body() body: RejectClaimDto,
  ): Promise<ClaimView> {
    return this.decisions.reject(claimId, principal, body.reason);
  }

  @Post(':claimId/revoke')
  @HttpCode(200)
  @Roles(CLAIM_DECIDERS, claim)
  revoke(
    @Param('claimId', ParseIntPipe) claimId: number,
    @CurrentPrincipal() principal: Principal,
    @Body() body: RevokeClaimDto,
  ): Promise<ClaimView> {
    return this.decisions.revoke(claimId, principal, body.reason);
  }
}
