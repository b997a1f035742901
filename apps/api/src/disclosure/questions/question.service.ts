import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { IsNull, type Repository } from 'typeorm';
import {
  chinaMinute,
  CATEGORY_LABELS,
  formatFen,
  periodLabel,
  type OpenQuestionView,
  type QuestionView,
} from '@xiaoqu/shared';
import { DomainException } from '../../common/errors/domain.exception.js';
import type { Principal } from '../../common/auth/principal.js';
import { NotificationService } from '../../notification/notification.service.js';
import { AccountDisclosure, DisclosureLine, LineQuestion } from '../disclosure.entities.js';
import { AccountViews } from '../accounts/account-views.service.js';
import { wholeSeconds } from '../../common/time/whole-seconds.js';
import { createOnce, type KeyStamp } from '../../common/http/idempotency-key.js';

/** Questions on lines (质询): asked by residents, answered in public by the property company. */
@Injectable()
export class QuestionService {
  constructor(
    @InjectRepository(LineQuestion) private readonly questions: Repository<LineQuestion>,
    private readonly disclosures: AccountViews,
    private readonly notifications: NotificationService,
  ) {}

  private toView(q: LineQuestion, viewerId: number, now = Date.now()): QuestionView {
    const until = q.answeredAt ? q.answeredAt.getTime() : now;
    return {
      id: q.id,
      lineId: q.lineId,
      text: q.text,
      askedAt: q.askedAt.toISOString(),
      mine: q.askerId === viewerId,
      answer: q.answerText && q.answeredAt ? { text: q.answerText, answeredAt: q.answeredAt.toISOString() } : null,
      waitedSeconds: Math.max(0, Math.floor((until - q.askedAt.getTime()) / 1000)),
    };
  }

  async ask(principal: Principal, lineId: number, text: string, key: string | null = null): Promise<QuestionView> {
    return createOnce(
      key,
      { lineId, text },
      {
        earlier: (k) => this.questions.findOne({ where: { askerId: principal.personId, idempotencyKey: k } }),
        create: (stamp) => this.askOnce(principal, lineId, text, stamp),
        answer: async (id) => this.toView(await this.questions.findOneByOrFail({ id }), principal.personId),
      },
    );
  }

  private async askOnce(principal: Principal, lineId: number, text: string, stamp: KeyStamp): Promise<QuestionView> {
    const line = await this.disclosures.lineOf(lineId);
    const d = await this.disclosures.get(principal, line.disclosureId);
    if (d.status !== 'published') throw new DomainException('CONFLICT', '只能对已公示的内容提出质询');
    const askedAt = wholeSeconds();
    const saved = await this.questions.save(
      this.questions.create({
        lineId,
        disclosureId: d.id,
        askerId: principal.personId,
        text: text.trim(),
        askedAt,
        answerText: null,
        answeredBy: null,
        answeredAt: null,
        ...stamp,
      }),
    );
    this.disclosures.forget(d.id);
    return this.toView(saved, principal.personId);
  }

  /** Every question of a published disclosure; unanswered ones first, longest waiting first. Askers are not shown. */
  async ofDisclosure(principal: Principal, disclosureId: number): Promise<QuestionView[]> {
    await this.disclosures.get(principal, disclosureId);
    const rows = await this.questions.find({ where: { disclosureId }, order: { id: 'ASC' } });
    const now = Date.now();
    return rows
      .map((q) => this.toView(q, principal.personId, now))
      .sort((a, b) => Number(!!a.answer) - Number(!!b.answer) || a.id - b.id);
  }

  /** A compound's questions for its staff: the unanswered ones oldest first, or all, newest first. */
  async ofCompound(principal: Principal, compoundId: number, unansweredOnly: boolean): Promise<OpenQuestionView[]> {
    const qb = this.questions
      .createQueryBuilder('q')
      .innerJoinAndSelect('q.line', 'l')
      .innerJoin(AccountDisclosure, 'd', 'd.id = q.disclosureId')
      .addSelect(['d.periodKey'])
      .where('d.compoundId = :compoundId', { compoundId })
      .take(200);
    if (unansweredOnly) qb.andWhere('q.answeredAt IS NULL').orderBy('q.id', 'ASC');
    else qb.orderBy('q.id', 'DESC');
    const { entities, raw } = await qb.getRawAndEntities<{ d_periodKey: string; q_id: number }>();
    const periodOf = new Map(raw.map((r) => [Number(r.q_id), r.d_periodKey]));
    const now = Date.now();
    return entities.map((q) => {
      const line = q.line as DisclosureLine;
      return {
        ...this.toView(q, principal.personId, now),
        disclosureId: q.disclosureId,
        periodKey: periodOf.get(q.id) ?? '',
        line: {
          category: line.category,
          amountFen: line.amountFen,
          counterparty: line.counterparty,
          occurredOn: line.occurredOn,
        },
      };
    });
  }

  /** The answer is public; the asker is told by a subscribe message when they accepted one. */
  async answer(principal: Principal, questionId: number, text: string): Promise<QuestionView> {
    const answeredAt = wholeSeconds();
    const changed = await this.questions.update(
      { id: questionId, answeredAt: IsNull() },
      { answerText: text.trim(), answeredBy: principal.personId, answeredAt },
    );
    if (!changed.affected) {
      if (await this.questions.exists({ where: { id: questionId } }))
        throw new DomainException('QUESTION_ALREADY_ANSWERED');
      throw new DomainException('NOT_FOUND');
    }
    const question = await this.questions.findOneByOrFail({ id: questionId });
    this.disclosures.forget(question.disclosureId);
    const line = await this.disclosures.lineOf(question.lineId);
    const d = await this.disclosures.disclosureOf(question.disclosureId);
    await this.notifications.notify({
      personId: question.askerId,
      topic: 'question_answered',
      subjectId: question.id,
      page: `disclosure/pages/period/index?id=${d.id}&lineId=${line.id}`,
      data: {
        thing1: {
          value: `${periodLabel(d.periodKey)} ${CATEGORY_LABELS[line.category]} ${formatFen(line.amountFen)}`.slice(
            0,
            20,
          ),
        },
        thing2: { value: question.answerText!.slice(0, 20) },
        time3: { value: chinaMinute(answeredAt) },
      },
    });
    return this.toView(question, principal.personId);
  }
}
