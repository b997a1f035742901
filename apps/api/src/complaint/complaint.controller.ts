import {
  Body,
  Controller,
  Delete,
  Get,
  Headers,
  HttpCode,
  Param,
  ParseIntPipe,
  Post,
  Put,
  Query,
  Req,
} from '@nestjs/common';
import { ApiBearerAuth, ApiConsumes, ApiHeader, ApiTags } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import {
  COMPLAINT_ACTIONS,
  ROLES,
  type AttachmentView,
  type ComplaintAction,
  type ComplaintDetailView,
  type ComplaintRankingView,
  type ComplaintView,
  type CompoundPlanView,
  type MeTooView,
  type Page,
  type WorkPhoneRequest,
  type GridComplaintCount,
} from '@xiaoqu/shared';
import { Authenticated, Roles } from '../common/auth/access.decorator.js';
import { CurrentPrincipal } from '../common/auth/current-principal.decorator.js';
import type { Principal } from '../common/auth/principal.js';
import { DomainException } from '../common/errors/domain.exception.js';
import { readUploadedFile } from '../common/http/uploaded-file.js';
import { parseIdempotencyKey } from '../common/http/idempotency-key.js';
import { RateLimit } from '../common/throttle/rate-limit.decorator.js';
import { PlaceService } from '../place/place.service.js';
import { AnyPlaceResolver, CompoundResolver } from '../place/place.resolvers.js';
import { ComplaintService } from './complaint.service.js';
import { ComplaintLists } from './complaint-lists.service.js';
import { ComplaintContacts } from './complaint-contacts.service.js';
import { ComplaintMeToo } from './complaint-me-too.service.js';
import { COMPLAINT_ADMIN_ROLES } from './complaint-access.js';
import { ComplaintResolver, CompoundPlanResolver } from './complaint.resolvers.js';
import { ProblemCompoundsService, currentPeriod } from './problem-compounds.service.js';
import {
  ComplaintActionDto,
  CompoundComplaintsQueryDto,
  CompoundPlanDto,
  CursorQueryDto,
  FileComplaintDto,
  InboxQueryDto,
  PlanUpdateDto,
  RankingQueryDto,
  WorkPhoneDto,
} from './dto/complaint.dto.js';

const compound = { param: 'compoundId', resolver: CompoundResolver };
const complaint = { param: 'complaintId', resolver: ComplaintResolver };
const place = { param: 'placeId', resolver: AnyPlaceResolver };
const plan = { param: 'planId', resolver: CompoundPlanResolver };
const FILERS = ['resident', 'owner'] as const;
const PHOTO_TAKERS = ['resident', 'owner', 'grid_worker', 'property_staff', ...COMPLAINT_ADMIN_ROLES] as const;
const RANKERS = ['street_admin', 'district_admin'] as const;
/** Handlers who may show residents a work number. */
const PHONED = ['grid_worker', 'property_staff', 'community_admin', 'street_admin'] as const;

@ApiTags('complaints')
@ApiBearerAuth()
@Controller()
export class ComplaintController {
  constructor(
    private readonly complaints: ComplaintService,
    private readonly lists: ComplaintLists,
    private readonly problems: ProblemCompoundsService,
    private readonly places: PlaceService,
    private readonly contacts: ComplaintContacts,
    private readonly meToo: ComplaintMeToo,
  ) {}

  /** A photo for a complaint: checked by its bytes (jpg, png, webp) and size; stored before the complaint. */
  @Post('compounds/:compoundId/complaint-photos')
  @ApiConsumes('multipart/form-data')
  @Roles(PHOTO_TAKERS, compound)
  @RateLimit('upload')
  async photo(
    @Param('compoundId', ParseIntPipe) compoundId: number,
    @Req() request: FastifyRequest,
    @CurrentPrincipal() principal: Principal,
  ): Promise<AttachmentView> {
    return this.complaints.uploadPhoto(compoundId, principal, await readUploadedFile(request));
  }

  @Post('compounds/:compoundId/complaints')
  @Roles(FILERS, compound)
  @RateLimit('write')
  @ApiHeader({ name: 'Idempotency-Key', required: false })
  file(
    @Param('compoundId', ParseIntPipe) compoundId: number,
    @Body() body: FileComplaintDto,
    @CurrentPrincipal() principal: Principal,
    @Headers('idempotency-key') key: string | undefined,
  ): Promise<ComplaintDetailView> {
    return this.complaints.file(compoundId, principal, body, parseIdempotencyKey(key));
  }

  /** The compound's complaints the caller may see (the visible ones and their own; admins all), filtered. */
  @Get('compounds/:compoundId/complaints')
  @Roles(ROLES, compound)
  ofCompound(
    @Param('compoundId', ParseIntPipe) compoundId: number,
    @Query() query: CompoundComplaintsQueryDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<Page<ComplaintView>> {
    return this.lists.ofCompound(principal, compoundId, query);
  }

  /** 我也遇到: a resident of the compound says a public complaint happens to them too (idempotent). */
  @Put('complaints/:complaintId/me-too')
  @Roles(FILERS, complaint)
  @RateLimit('write')
  addMeToo(
    @Param('complaintId', ParseIntPipe) id: number,
    @CurrentPrincipal() principal: Principal,
  ): Promise<MeTooView> {
    return this.meToo.set(principal, id, true);
  }

  @Delete('complaints/:complaintId/me-too')
  @Roles(FILERS, complaint)
  @RateLimit('write')
  removeMeToo(
    @Param('complaintId', ParseIntPipe) id: number,
    @CurrentPrincipal() principal: Principal,
  ): Promise<MeTooView> {
    return this.meToo.set(principal, id, false);
  }

  /** The caller's own work number as residents see it on the complaints they handle (null: none set). */
  @Get('complaints/handler-phone')
  @Roles(PHONED)
  workPhone(@CurrentPrincipal() principal: Principal): Promise<WorkPhoneRequest> {
    return this.contacts.workPhoneOf(principal);
  }

  /** The number residents may call the handler on about complaints (null: none); the handler's own choice. */
  @Put('complaints/handler-phone')
  @Roles(PHONED)
  @RateLimit('write')
  setWorkPhone(@Body() body: WorkPhoneDto, @CurrentPrincipal() principal: Principal): Promise<WorkPhoneRequest> {
    return this.contacts.setWorkPhone(principal, body);
  }

  @Get('me/complaints')
  @Authenticated()
  mine(@Query() query: CursorQueryDto, @CurrentPrincipal() principal: Principal): Promise<Page<ComplaintView>> {
    return this.lists.mine(principal, query.cursor);
  }

  /** The grid worker's (or property staff's) inbox, in deadline order. */
  @Get('complaints/inbox')
  @Roles(['grid_worker', 'property_staff'])
  inbox(@Query() query: InboxQueryDto, @CurrentPrincipal() principal: Principal): Promise<Page<ComplaintView>> {
    return this.lists.inbox(principal, query);
  }

  @Get('complaints/:complaintId')
  @Roles(ROLES, complaint)
  detail(
    @Param('complaintId', ParseIntPipe) id: number,
    @CurrentPrincipal() principal: Principal,
  ): Promise<ComplaintDetailView> {
    return this.complaints.detail(principal, id);
  }

  @Post('complaints/:complaintId/actions/:action')
  @HttpCode(200)
  @Roles(ROLES, complaint)
  act(
    @Param('complaintId', ParseIntPipe) id: number,
    @Param('action') action: string,
    @Body() body: ComplaintActionDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<ComplaintDetailView> {
    if (!(COMPLAINT_ACTIONS as string[]).includes(action)) throw new DomainException('NOT_FOUND');
    return this.complaints.act(principal, id, action as ComplaintAction, body);
  }

  /** Escalated complaints (difficult, major) in a community, street or district. */
  @Get('places/:placeId/complaints/escalated')
  @Roles(COMPLAINT_ADMIN_ROLES, place)
  escalated(
    @Param('placeId', ParseIntPipe) placeId: number,
    @Query() query: InboxQueryDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<Page<ComplaintView>> {
    return this.lists.escalated(principal, placeId, query);
  }

  /** The problem-compound list of a street or district for a month (default: this month, China time). */
  @Get('places/:placeId/complaint-ranking')
  @Roles(RANKERS, place)
  async ranking(
    @Param('placeId', ParseIntPipe) placeId: number,
    @Query() query: RankingQueryDto,
  ): Promise<ComplaintRankingView> {
    return this.problems.ranking(await this.places.getPlace(placeId), query.period ?? currentPeriod());
  }

  /** For a community (or above): complaints of the month per grid, open and overdue. */
  @Get('places/:placeId/complaint-grid-counts')
  @Roles(COMPLAINT_ADMIN_ROLES, place)
  async perGrid(
    @Param('placeId', ParseIntPipe) placeId: number,
    @Query() query: RankingQueryDto,
  ): Promise<GridComplaintCount[]> {
    return this.problems.perGrid(await this.places.getPlace(placeId), query.period ?? currentPeriod());
  }

  /** 一院一案 */
  @Post('compounds/:compoundId/plans')
  @Roles(COMPLAINT_ADMIN_ROLES, compound)
  createPlan(
    @Param('compoundId', ParseIntPipe) compoundId: number,
    @Body() body: CompoundPlanDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<CompoundPlanView> {
    return this.problems.createPlan(principal, compoundId, body);
  }

  @Get('compounds/:compoundId/plans')
  @Roles(COMPLAINT_ADMIN_ROLES, compound)
  plans(@Param('compoundId', ParseIntPipe) compoundId: number): Promise<CompoundPlanView[]> {
    return this.problems.plansOf(compoundId);
  }

  @Post('plans/:planId/updates')
  @Roles(COMPLAINT_ADMIN_ROLES, plan)
  planUpdate(
    @Param('planId', ParseIntPipe) planId: number,
    @Body() body: PlanUpdateDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<CompoundPlanView> {
    return this.problems.addUpdate(principal, planId, body);
  }
}
