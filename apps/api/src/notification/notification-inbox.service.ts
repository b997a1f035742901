import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, IsNull, LessThan, type FindOptionsWhere, type Repository } from 'typeorm';
import {
  COMPLAINT_NOTIFICATION_TOPICS,
  NOTIFICATION_TOPIC_LABELS,
  NOTIFICATION_TOPICS,
  type MarkNotificationsReadRequest,
  type MarkNotificationsReadResponse,
  type NotificationTopic,
  type NotificationView,
  type Page,
} from '@xiaoqu/shared';
import { decodeCursor, encodeCursor } from '../common/http/cursor.js';
import { DomainException } from '../common/errors/domain.exception.js';
import { wholeSeconds } from '../common/time/whole-seconds.js';
import { Notification } from './notification.entity.js';

const PAGE = 20;

const isTopic = (topic: string): topic is NotificationTopic =>
  (NOTIFICATION_TOPICS as readonly string[]).includes(topic);

export function toNotificationView(n: Notification): NotificationView {
  const topic = isTopic(n.topic) ? n.topic : 'complaint_update';
  return {
    id: n.id,
    topic,
    title: n.title || NOTIFICATION_TOPIC_LABELS[topic],
    page: n.page || null,
    createdAt: n.createdAt.toISOString(),
    read: n.readAt !== null,
  };
}

/** The message centre (消息): a person's own notices, newest first, and which of them they have read. */
@Injectable()
export class NotificationInbox {
  constructor(@InjectRepository(Notification) private readonly log: Repository<Notification>) {}

  async list(personId: number, cursor?: string): Promise<Page<NotificationView>> {
    const before = decodeCursor(cursor);
    const rows = await this.log.find({
      where: { personId, ...(before ? { id: LessThan(before) } : {}) },
      order: { id: 'DESC' },
      take: PAGE + 1,
    });
    const items = rows.slice(0, PAGE);
    return {
      items: items.map(toNotificationView),
      nextCursor: rows.length > PAGE ? encodeCursor(items[items.length - 1].id) : null,
    };
  }

  /**
   * Marks the person's notices read: some by id (others' ids are ignored: they are not theirs to mark), those about
   * one complaint (its page was opened), or all.
   */
  async markRead(
    personId: number,
    { ids, all, complaintId }: MarkNotificationsReadRequest,
  ): Promise<MarkNotificationsReadResponse> {
    const unread = { personId, readAt: IsNull() };
    let where: FindOptionsWhere<Notification>;
    if (all === true) where = unread;
    else if (typeof complaintId === 'number')
      where = { ...unread, topic: In([...COMPLAINT_NOTIFICATION_TOPICS]), subjectId: complaintId };
    else if (Array.isArray(ids) && ids.length > 0) where = { ...unread, id: In(ids) };
    else throw new DomainException('VALIDATION_FAILED', '请指明要标为已读的消息，或选择全部已读');
    await this.log.update(where, { readAt: wholeSeconds() });
    return { unread: await this.unread(personId) };
  }

  /** How many of the person's notices are unread: all of them, or those of `topics`. */
  unread(personId: number, topics?: readonly NotificationTopic[]): Promise<number> {
    return this.log.count({
      where: { personId, readAt: IsNull(), ...(topics ? { topic: In([...topics]) } : {}) },
    });
  }

  /** Unread notices in all, and the unread complaint news among them (the 我的 and 诉求 tabs' red dots). */
  async unreadCounts(personId: number): Promise<{ all: number; complaints: number }> {
    const [all, complaints] = await Promise.all([
      this.unread(personId),
      this.unread(personId, COMPLAINT_NOTIFICATION_TOPICS),
    ]);
    return { all, complaints };
  }
}
