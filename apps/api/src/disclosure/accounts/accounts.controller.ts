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
  Res,
} from '@nestjs/common';
import { ApiBearerAuth, ApiConsumes, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import {
  ROLES,
  type AccountDisclosureDetail,
  type AccountPeriodSummary,
  type AttachmentView,
  type CompoundBillingView,
  type LineView,
  type ReviewNoteView,
} from '@xiaoqu/shared';
import { Authenticated, Roles } from '../../common/auth/access.decorator.js';
import { CurrentPrincipal } from '../../common/auth/current-principal.decorator.js';
import type { Principal } from '../../common/auth/principal.js';
import { answerTagged } from '../../common/http/etag.js';
import { readUploadedFile } from '../../common/http/uploaded-file.js';
import { CompoundResolver } from '../../place/place.resolvers.js';
import { AccountDisclosureResolver, LineResolver } from '../disclosure.resolvers.js';
import {
  CompoundBillingDto,
  CreateAccountDisclosureDto,
  FlagDto,
  ListDisclosuresQuery,
  ReplaceLinesDto,
  TextDto,
} from '../dto/disclosure.dto.js';
import { AccountDisclosureService } from './account-disclosure.service.js';
import { AccountReviews } from './account-reviews.service.js';
import { AccountViews } from './account-views.service.js';
import { NoticeService } from './notice.service.js';

const compound = { param: 'compoundId', resolver: CompoundResolver };
const disclosure = { param: 'disclosureId', resolver: AccountDisclosureResolver };
const line = { param: 'lineId', resolver: LineResolver };
const REVIEWERS = ['supervisor', 'committee_member'] as const;

/** Sends a generated file as the whole response. */
async function sendFile(
  reply: FastifyReply,
  disposition: 'inline' | 'attachment',
  file: { fileName: string; contentType: string; bytes: Buffer },
): Promise<void> {
  await reply
    .header('content-type', file.contentType)
    .header('content-disposition', `${disposition}; filename*=UTF-8''${encodeURIComponent(file.fileName)}`)
    .send(file.bytes);
}

@ApiTags('disclosures')
@ApiBearerAuth()
@Controller()
export class AccountsController {
  constructor(
    private readonly accounts: AccountDisclosureService,
    private readonly views: AccountViews,
    private readonly reviews: AccountReviews,
    private readonly notices: NoticeService,
  ) {}

  /** The A4 notice for the compound's notice board, with the Chinese font embedded. */
  @Get('account-disclosures/:disclosureId/notice.pdf')
  @Roles(ROLES, disclosure)
  async notice(
    @Param('disclosureId', ParseIntPipe) id: number,
    @CurrentPrincipal() principal: Principal,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    await sendFile(reply, 'inline', await this.notices.pdf(principal, id));
  }

  @Get('compounds/:compoundId/billing')
  @Roles(ROLES, compound)
  billing(@Param('compoundId', ParseIntPipe) compoundId: number): Promise<CompoundBillingView> {
    return this.views.billingOf(compoundId);
  }

  /** The community office records how the compound pays its property company (from the signed contract). */
  @Put('compounds/:compoundId/billing')
  @Roles(['community_admin'], compound)
  setBilling(
    @Param('compoundId', ParseIntPipe) compoundId: number,
    @Body() body: CompoundBillingDto,
  ): Promise<CompoundBillingView> {
    return this.accounts.recordBilling(compoundId, body);
  }

  @Get('compounds/:compoundId/account-disclosures')
  @Roles(ROLES, compound)
  list(
    @Param('compoundId', ParseIntPipe) compoundId: number,
    @Query() query: ListDisclosuresQuery,
    @CurrentPrincipal() principal: Principal,
  ): Promise<AccountPeriodSummary[]> {
    return this.views.list(principal, compoundId, query.include === 'drafts');
  }

  @Post('compounds/:compoundId/account-disclosures')
  @Roles(['property_staff'], compound)
  create(
    @Param('compoundId', ParseIntPipe) compoundId: number,
    @Body() body: CreateAccountDisclosureDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<AccountDisclosureDetail> {
    return this.accounts.createAndShow(principal, compoundId, body.periodKey);
  }

  /** A published period carries an ETag: `If-None-Match` with it answers 304 and no body. */
  @Get('account-disclosures/:disclosureId')
  @Roles(ROLES, disclosure)
  async detail(
    @Param('disclosureId', ParseIntPipe) id: number,
    @CurrentPrincipal() principal: Principal,
    @Headers('if-none-match') ifNoneMatch: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<AccountDisclosureDetail | undefined> {
    return answerTagged(reply, ifNoneMatch, await this.views.detailTagged(principal, id));
  }

  @Put('account-disclosures/:disclosureId/lines')
  @Roles(['property_staff'], disclosure)
  replaceLines(
    @Param('disclosureId', ParseIntPipe) id: number,
    @Body() body: ReplaceLinesDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<AccountDisclosureDetail> {
    return this.accounts.replaceLinesAndShow(principal, id, body.lines);
  }

  @Post('account-disclosures/:disclosureId/lines/import')
  @ApiConsumes('multipart/form-data')
  @Roles(['property_staff'], disclosure)
  async importLines(
    @Param('disclosureId', ParseIntPipe) id: number,
    @Req() request: FastifyRequest,
    @CurrentPrincipal() principal: Principal,
  ): Promise<AccountDisclosureDetail> {
    return this.accounts.importLinesAndShow(principal, id, (await readUploadedFile(request)).buffer);
  }

  @Post('disclosure-lines/:lineId/attachments')
  @ApiConsumes('multipart/form-data')
  @Roles(['property_staff'], line)
  async attach(
    @Param('lineId', ParseIntPipe) lineId: number,
    @Req() request: FastifyRequest,
    @CurrentPrincipal() principal: Principal,
  ): Promise<AttachmentView> {
    return this.accounts.attachVoucher(lineId, await readUploadedFile(request), principal.personId);
  }

  @Post('account-disclosures/:disclosureId/publish')
  @HttpCode(200)
  @Roles(['property_staff'], disclosure)
  publish(
    @Param('disclosureId', ParseIntPipe) id: number,
    @CurrentPrincipal() principal: Principal,
  ): Promise<AccountDisclosureDetail> {
    return this.accounts.publishAndShow(principal, id);
  }

  @Delete('account-disclosures/:disclosureId')
  @HttpCode(204)
  @Roles(['property_staff'], disclosure)
  remove(@Param('disclosureId', ParseIntPipe) id: number): Promise<void> {
    return this.accounts.deleteDraft(id);
  }

  @Post('account-disclosures/:disclosureId/amend')
  @Roles(['property_staff'], disclosure)
  amend(
    @Param('disclosureId', ParseIntPipe) id: number,
    @CurrentPrincipal() principal: Principal,
  ): Promise<AccountDisclosureDetail> {
    return this.accounts.amendAndShow(principal, id);
  }

  @Post('account-disclosures/:disclosureId/notes')
  @Roles(REVIEWERS, disclosure)
  note(
    @Param('disclosureId', ParseIntPipe) id: number,
    @Body() body: TextDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<ReviewNoteView> {
    return this.reviews.addReviewNote(principal, id, body.text);
  }

  @Post('disclosure-lines/:lineId/flags')
  @Roles(REVIEWERS, line)
  flag(
    @Param('lineId', ParseIntPipe) lineId: number,
    @Body() body: FlagDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<LineView> {
    return this.reviews.flagLine(principal, lineId, body.reason);
  }

  @Get('disclosures/line-template.xlsx')
  @Authenticated()
  async template(@Res() reply: FastifyReply): Promise<void> {
    await sendFile(reply, 'attachment', await this.notices.lineTemplate());
  }
}
