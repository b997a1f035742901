import { Body, Controller, Get, Headers, HttpCode, Param, ParseIntPipe, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { ROLES, type OpenQuestionView, type QuestionView } from '@xiaoqu/shared';
import { Roles } from '../../common/auth/access.decorator.js';
import { RateLimit } from '../../common/throttle/rate-limit.decorator.js';
import { parseIdempotencyKey } from '../../common/http/idempotency-key.js';
import { CurrentPrincipal } from '../../common/auth/current-principal.decorator.js';
import type { Principal } from '../../common/auth/principal.js';
import { CompoundResolver } from '../../place/place.resolvers.js';
import { STAFF_FILE_ROLES } from '../../files/files.service.js';
import { AccountDisclosureResolver, LineResolver, QuestionResolver } from '../disclosure.resolvers.js';
import { AnswerDto, CompoundQuestionsQuery, TextDto } from '../dto/disclosure.dto.js';
import { QuestionService } from './question.service.js';

const compound = { param: 'compoundId', resolver: CompoundResolver };
const disclosure = { param: 'disclosureId', resolver: AccountDisclosureResolver };
const line = { param: 'lineId', resolver: LineResolver };
const question = { param: 'questionId', resolver: QuestionResolver };

@ApiTags('disclosures')
@ApiBearerAuth()
@Controller()
export class QuestionsController {
  constructor(private readonly questions: QuestionService) {}

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
}
