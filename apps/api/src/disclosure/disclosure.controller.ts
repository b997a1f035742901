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
  type AuditReportView,
  type CompoundBillingView,
  type MaintenanceFundView,
  type OpenQuestionView,
  type LineView,
  type QuestionView,
  type ReviewNoteView,
  type ServiceDisclosureView,
  type VerifyResult,
  type WorkRecordView,
} from '@xiaoqu/shared';
import { Authenticated, Roles } from '../common/auth/access.decorator.js';
import { RateLimit } from '../common/throttle/rate-limit.decorator.js';
import { parseIdempotencyKey } from '../common/http/idempotency-key.js';
import { CurrentPrincipal } from '../common/auth/current-principal.decorator.js';
import type { Principal } from '../common/auth/principal.js';
import { readUploadedFile } from '../common/http/uploaded-file.js';
import { CompoundResolver } from '../place/place.resolvers.js';
import { STAFF_FILE_ROLES } from '../files/files.service.js';
import { AccountDisclosureService } from './account-disclosure.service.js';
import { QuestionService } from './question.service.js';
import { ServiceDisclosureService } from './service-disclosure.service.js';
import { FundService } from './fund.service.js';
import { NoticeService } from './notice.service.js';
import { PublicationService } from './publication.service.js';
import { AccountDisclosureResolver, LineResolver, QuestionResolver } from './disclosure.resolvers.js';
import { buildLineTemplate } from './line-template.js';
import {
  AnswerDto,
  AuditReportDto,
  CompoundBillingDto,
  CompoundQuestionsQuery,
  FundEntryDto,
  CreateAccountDisclosureDto,
  FlagDto,
  ListDisclosuresQuery,
  VerifyQuery,
  ReplaceLinesDto,
  ServiceDisclosureDto,
  TextDto,
  WorkRecordDto,
} from './dto/disclosure.dto.js';

const compound = { param: 'compoundId', resolver: CompoundResolver };
const disclosure = { param: 'disclosureId', resolver: AccountDisclosureResolver };
const line = { param: 'lineId', resolver: LineResolver };
const question = { param: 'questionId', resolver: QuestionResolver };
const REVIEWERS = ['supervisor', 'committee_member'] as const;

@ApiTags('disclosures')
@ApiBearerAuth()
@Controller()
export class DisclosureController {
  constructor(
    private readonly accounts: AccountDisclosureService,
    private readonly questions: QuestionService,
    private readonly services: ServiceDisclosureService,
    private readonly publications: PublicationService,
    private readonly funds: FundService,
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
    const { fileName, bytes } = await this.notices.pdf(principal, id);
    await reply
      .header('content-type', 'application/pdf')
      .header('content-disposition', `inline; filename*=UTF-8''${encodeURIComponent(fileName)}`)
      .send(bytes);
  }

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

  @Get('compounds/:compoundId/billing')
  @Roles(ROLES, compound)
  billing(@Param('compoundId', ParseIntPipe) compoundId: number): Promise<CompoundBillingView> {
    return this.accounts.billingOf(compoundId);
  }

  /** The community office records how the compound pays its property company (from the signed contract). */
  @Put('compounds/:compoundId/billing')
  @Roles(['community_admin'], compound)
  async setBilling(
    @Param('compoundId', ParseIntPipe) compoundId: number,
    @Body() body: CompoundBillingDto,
  ): Promise<CompoundBillingView> {
    await this.accounts.setBilling(
      compoundId,
      body.billingModel,
      body.billingModel === 'trust' ? (body.voucherRequiredAboveFen ?? null) : null,
    );
    return this.accounts.billingOf(compoundId);
  }

  @Get('compounds/:compoundId/account-disclosures')
  @Roles(ROLES, compound)
  list(
    @Param('compoundId', ParseIntPipe) compoundId: number,
    @Query() query: ListDisclosuresQuery,
    @CurrentPrincipal() principal: Principal,
  ): Promise<AccountPeriodSummary[]> {
    return this.accounts.list(principal, compoundId, query.include === 'drafts');
  }

  @Get('compounds/:compoundId/disclosures/verify')
  @Roles(ROLES, compound)
  verify(@Param('compoundId', ParseIntPipe) compoundId: number, @Query() query: VerifyQuery): Promise<VerifyResult> {
    return this.publications.verify(compoundId, query.files === '1');
  }

  @Post('compounds/:compoundId/account-disclosures')
  @Roles(['property_staff'], compound)
  async create(
    @Param('compoundId', ParseIntPipe) compoundId: number,
    @Body() body: CreateAccountDisclosureDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<AccountDisclosureDetail> {
    const draft = await this.accounts.create(compoundId, body.periodKey, principal.personId);
    return this.accounts.detail(principal, draft.id);
  }

  @Get('account-disclosures/:disclosureId')
  @Roles(ROLES, disclosure)
  detail(
    @Param('disclosureId', ParseIntPipe) id: number,
    @CurrentPrincipal() principal: Principal,
  ): Promise<AccountDisclosureDetail> {
    return this.accounts.detail(principal, id);
  }

  @Put('account-disclosures/:disclosureId/lines')
  @Roles(['property_staff'], disclosure)
  async replaceLines(
    @Param('disclosureId', ParseIntPipe) id: number,
    @Body() body: ReplaceLinesDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<AccountDisclosureDetail> {
    await this.accounts.replaceLines(id, body.lines);
    return this.accounts.detail(principal, id);
  }

  @Post('account-disclosures/:disclosureId/lines/import')
  @ApiConsumes('multipart/form-data')
  @Roles(['property_staff'], disclosure)
  async importLines(
    @Param('disclosureId', ParseIntPipe) id: number,
    @Req() request: FastifyRequest,
    @CurrentPrincipal() principal: Principal,
  ): Promise<AccountDisclosureDetail> {
    await this.accounts.importLines(id, (await readUploadedFile(request)).buffer);
    return this.accounts.detail(principal, id);
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
  async publish(
    @Param('disclosureId', ParseIntPipe) id: number,
    @CurrentPrincipal() principal: Principal,
  ): Promise<AccountDisclosureDetail> {
    await this.accounts.publish(id, principal.personId);
    return this.accounts.detail(principal, id);
  }

  @Delete('account-disclosures/:disclosureId')
  @HttpCode(204)
  @Roles(['property_staff'], disclosure)
  remove(@Param('disclosureId', ParseIntPipe) id: number): Promise<void> {
    return this.accounts.deleteDraft(id);
  }

  @Post('account-disclosures/:disclosureId/amend')
  @Roles(['property_staff'], disclosure)
  async amend(
    @Param('disclosureId', ParseIntPipe) id: number,
    @CurrentPrincipal() principal: Principal,
  ): Promise<AccountDisclosureDetail> {
    const draft = await this.accounts.amend(id, principal.personId);
    return this.accounts.detail(principal, draft.id);
  }

  @Post('account-disclosures/:disclosureId/notes')
  @Roles(REVIEWERS, disclosure)
  note(
    @Param('disclosureId', ParseIntPipe) id: number,
    @Body() body: TextDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<ReviewNoteView> {
    return this.accounts.addReviewNote(principal, id, body.text);
  }

  @Post('disclosure-lines/:lineId/flags')
  @Roles(REVIEWERS, line)
  async flag(
    @Param('lineId', ParseIntPipe) lineId: number,
    @Body() body: FlagDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<LineView> {
    await this.accounts.flagLine(principal, lineId, body.reason);
    const { disclosureId } = await this.accounts.lineOf(lineId);
    return (await this.accounts.detail(principal, disclosureId)).lines.find((l) => l.id === lineId) as LineView;
  }

  @Get('compounds/:compoundId/questions')
  @Roles(STAFF_FILE_ROLES, compound)
  compoundQuestions(
    @Param('compoundId', ParseIntPipe) compoundId: number,
    @Query() query: CompoundQuestionsQuery,
    @CurrentPrincipal() principal: Principal,
  ): Promise<OpenQuestionView[]> {
    return this.questions.ofCompound(principal, compoundId, query.unanswered === '1');
  }

  @Get('account-disclosures/:disclosureId/questions')
  @Roles(ROLES, disclosure)
  questionsOf(
    @Param('disclosureId', ParseIntPipe) id: number,
    @CurrentPrincipal() principal: Principal,
  ): Promise<QuestionView[]> {
    return this.questions.ofDisclosure(principal, id);
  }

  @Post('disclosure-lines/:lineId/questions')
  @Roles(['resident', 'owner'], line)
  @RateLimit('write')
  ask(
    @Param('lineId', ParseIntPipe) lineId: number,
    @Body() body: TextDto,
    @CurrentPrincipal() principal: Principal,
    @Headers('idempotency-key') key: string | undefined,
  ): Promise<QuestionView> {
    return this.questions.ask(principal, lineId, body.text, parseIdempotencyKey(key));
  }

  @Post('questions/:questionId/answer')
  @HttpCode(200)
  @Roles(['property_staff'], question)
  answer(
    @Param('questionId', ParseIntPipe) questionId: number,
    @Body() body: AnswerDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<QuestionView> {
    return this.questions.answer(principal, questionId, body.text);
  }

  @Get('disclosures/line-template.xlsx')
  @Authenticated()
  async template(@Res() reply: FastifyReply): Promise<void> {
    await reply
      .header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
      .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent('收支明细模板.xlsx')}`)
      .send(await buildLineTemplate());
  }

  @Get('compounds/:compoundId/service-disclosure')
  @Roles(ROLES, compound)
  service(@Param('compoundId', ParseIntPipe) compoundId: number): Promise<ServiceDisclosureView> {
    return this.services.current(compoundId, false);
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
