import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** Every notice we tried to send a person, and what became of it: sent, refused by WeChat, or skipped. */
@Entity('notification')
@Index('IDX_notification_person', ['personId', 'createdAt'])
@Index('IDX_notification_subject', ['topic', 'subjectId'])
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

  @CreateDateColumn({ type: 'datetime' })
  createdAt: Date;
}
