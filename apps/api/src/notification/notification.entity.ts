import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * Every notice we tried to send a person, and what became of it: sent, refused by WeChat, or skipped. Whatever the
 * status, it is the person's message in the app's message centre (消息), read or not.
 */
@Entity('notification')
@Index('IDX_notification_person', ['personId', 'createdAt'])
@Index('IDX_notification_subject', ['topic', 'subjectId'])
@Index('IDX_notification_unread', ['personId', 'readAt'])
export class Notification {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  personId: number;

  /** What the notice is about, e.g. `question_answered`. */
  @Column({ type: 'varchar', length: 32 })
  topic: string;

  @Column({ type: 'int' })
  subjectId: number;

  @Column({ type: 'varchar', length: 16 })
  status: 'sent' | 'refused' | 'skipped' | 'failed';

  @Column({ type: 'varchar', length: 200, default: '' })
  detail: string;

  /** What the message centre shows, written at send time; empty on notices logged before (a label per topic then). */
  @Column({ type: 'varchar', length: 100, default: '' })
  title: string;

  /** The mini program page it opens; empty on notices logged before pages were kept. */
  @Column({ type: 'varchar', length: 200, default: '' })
  page: string;

  /** When the person read it in the app; null while unread. */
  @Column({ type: 'datetime', nullable: true })
  readAt: Date | null;

  @CreateDateColumn({ type: 'datetime' })
  createdAt: Date;
}
