import { Injectable, Logger } from '@nestjs/common';
import { NOTIFICATION_TOPIC_LABELS, type NotificationTopic } from '@xiaoqu/shared';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { AppConfig } from '../common/config/app-config.js';
import { PersonDirectory } from '../identity/person-directory.service.js';
import { WechatClient } from '../wechat/wechat.client.js';
import { Notification } from './notification.entity.js';

export interface Notice {
  personId: number;
  topic: NotificationTopic;
  subjectId: number;
  /** The mini program page the message opens. */
  page: string;
  data: Record<string, { value: string }>;
  /** What the message centre shows; by default the topic's label and the template's texts (not its times). */
  title?: string;
}

/** `业主表决已开始：加装电梯 · 业主表决已开始`: the topic's label and the notice's words, as the message centre shows it. */
export function noticeTitle(notice: Pick<Notice, 'topic' | 'data' | 'title'>): string {
  if (notice.title) return notice.title.slice(0, 100);
  const label = NOTIFICATION_TOPIC_LABELS[notice.topic];
  const words = Object.entries(notice.data)
    .filter(([key, { value }]) => !key.startsWith('time') && value.trim() !== '' && value !== label)
    .map(([, { value }]) => value.trim());
  return (words.length ? `${label}：${[...new Set(words)].join(' · ')}` : label).slice(0, 100);
}

const TEMPLATE_SETTING = {
  question_answered: 'WECHAT_TPL_QUESTION_ANSWERED',
  vote_announced: 'WECHAT_TPL_VOTE_REMINDER',
  vote_opened: 'WECHAT_TPL_VOTE_REMINDER',
  vote_closing: 'WECHAT_TPL_VOTE_REMINDER',
  vote_result: 'WECHAT_TPL_VOTE_REMINDER',
  vote_terminated: 'WECHAT_TPL_VOTE_REMINDER',
  vote_final: 'WECHAT_TPL_VOTE_REMINDER',
  objections_waiting: 'WECHAT_TPL_VOTE_REMINDER',
  objection_answered: 'WECHAT_TPL_VOTE_REMINDER',
  complaint_update: 'WECHAT_TPL_COMPLAINT_UPDATE',
  complaint_assigned: 'WECHAT_TPL_COMPLAINT_ASSIGNED',
  complaint_overdue: 'WECHAT_TPL_COMPLAINT_ASSIGNED',
} as const;

/** Subject ids per `IN (…)` list. */
const SUBJECT_CHUNK = 1000;

/** Tells people what happened through WeChat subscribe messages; never fails the action that caused it. */
@Injectable()
export class NotificationService {
  private readonly logger = new Logger(NotificationService.name);

  constructor(
    @InjectRepository(Notification) private readonly log: Repository<Notification>,
    private readonly wechat: WechatClient,
    private readonly people: PersonDirectory,
    private readonly config: AppConfig,
  ) {}

  /** Who was already sent (or refused) this notice: reminders go out once. */
  async notifiedPeople(topic: Notice['topic'], subjectId: number): Promise<Set<number>> {
    const rows = await this.log.find({ where: { topic, subjectId }, select: { personId: true } });
    return new Set(rows.map((r) => r.personId));
  }

  /**
   * For each subject of the topic with any notice logged, how many were sent (not refused, skipped or failed);
   * subjects nothing was logged for are absent.
   */
  async sentCounts(topic: Notice['topic'], subjectIds: number[]): Promise<Map<number, number>> {
    const ids = [...new Set(subjectIds)];
    const counts = new Map<number, number>();
    for (let i = 0; i < ids.length; i += SUBJECT_CHUNK) {
      const rows = (await this.log
        .createQueryBuilder('n')
        .select('n.subjectId', 'subjectId')
        .addSelect("SUM(CASE WHEN n.status = 'sent' THEN 1 ELSE 0 END)", 'sent')
        .where('n.topic = :topic AND n.subjectId IN (:...ids)', { topic, ids: ids.slice(i, i + SUBJECT_CHUNK) })
        .groupBy('n.subjectId')
        .getRawMany()) as { subjectId: number | string; sent: number | string }[];
      for (const r of rows) counts.set(Number(r.subjectId), Number(r.sent));
    }
    return counts;
  }

  async notify(notice: Notice): Promise<Notification['status']> {
    const record = (status: Notification['status'], detail = '') =>
      this.log
        .insert({
          personId: notice.personId,
          topic: notice.topic,
          subjectId: notice.subjectId,
          status,
          detail: detail.slice(0, 200),
          title: noticeTitle(notice),
          page: notice.page.slice(0, 200),
        })
        .then(() => status);
    const templateId = this.config[TEMPLATE_SETTING[notice.topic]];
    if (!templateId) return record('skipped', 'no template configured');
    const openid = await this.people.openidOf(notice.personId);
    if (!openid) return record('skipped', 'no openid');
    try {
      const outcome = await this.wechat.sendSubscribeMessage({
        openid,
        templateId,
        page: notice.page,
        data: notice.data,
      });
      return outcome.sent ? record('sent') : record('refused', `${outcome.errcode} ${outcome.errmsg}`);
    } catch (err) {
      this.logger.warn(`notice ${notice.topic} ${notice.subjectId} not sent: ${(err as Error).message}`);
      return record('failed', (err as Error).message);
    }
  }
}
