import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  PrimaryGeneratedColumn,
  type Relation,
} from 'typeorm';
import type {
  ComplaintCategory,
  ComplaintEventView,
  ComplaintLevel,
  ComplaintRoute,
  ComplaintStatus,
} from '@xiaoqu/shared';
import { Place } from '../place/place.entity.js';
import { Grid } from '../place/grid.entity.js';

/**
 * A resident's complaint (诉求), with whom it was routed to and why, its level and the deadline that applies now.
 * `dueAt` is null once resolved: the open items of a grid are exactly its rows with a `dueAt`, in deadline order
 * on one index.
 */
@Entity('complaint')
@Index('IDX_complaint_grid_due', ['gridId', 'dueAt'])
@Index('IDX_complaint_route_due', ['compoundId', 'route', 'dueAt'])
@Index('IDX_complaint_compound_created', ['compoundId', 'createdAt'])
@Index('IDX_complaint_created', ['createdAt', 'compoundId'])
@Index('IDX_complaint_filer', ['filedBy', 'id'])
@Index('IDX_complaint_level_due', ['level', 'dueAt'])
@Index('IDX_complaint_status_resolved', ['status', 'resolvedAt'])
@Index('UQ_complaint_idempotency', ['filedBy', 'idempotencyKey'], { unique: true })
export class Complaint {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  compoundId: number;

  @ManyToOne(() => Place, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'compoundId' })
  compound?: Relation<Place>;

  @Column({ type: 'int', nullable: true })
  buildingId: number | null;

  @ManyToOne(() => Place, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'buildingId' })
  building?: Relation<Place>;

  @Column({ type: 'varchar', length: 100, default: '' })
  placeText: string;

  @Column({ type: 'varchar', length: 24 })
  category: ComplaintCategory;

  @Column({ type: 'varchar', length: 1000 })
  text: string;

  /** Whether the compound's residents may see it (never who filed it). */
  @Column({ type: 'boolean', default: false })
  visible: boolean;

  /** Whether the filer asked to be called back: only then do the handlers see their phone number. */
  @Column({ type: 'boolean', default: false })
  callBack: boolean;

  @Column({ type: 'int' })
  filedBy: number;

  @Column({ type: 'varchar', length: 16 })
  status: ComplaintStatus;

  @Column({ type: 'varchar', length: 16 })
  level: ComplaintLevel;

  @Column({ type: 'datetime' })
  levelSince: Date;

  @Column({ type: 'varchar', length: 16 })
  route: ComplaintRoute;

  @Column({ type: 'varchar', length: 200 })
  routeReason: string;

  /** The grid routed to (micro or general); null when routed to the property company or the community. */
  @Column({ type: 'int', nullable: true })
  gridId: number | null;

  @ManyToOne(() => Grid, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'gridId' })
  grid?: Relation<Grid>;

  @Column({ type: 'datetime', nullable: true })
  dueAt: Date | null;

  @Column({ type: 'varchar', length: 8, nullable: true })
  dueKind: 'accept' | 'resolve' | null;

  @Column({ type: 'datetime', nullable: true })
  acceptedAt: Date | null;

  @Column({ type: 'datetime', nullable: true })
  resolvedAt: Date | null;

  @Column({ type: 'datetime', nullable: true })
  closedAt: Date | null;

  @Column({ type: 'tinyint', nullable: true })
  rating: number | null;

  @Column({ type: 'varchar', length: 500, default: '' })
  ratingComment: string;

  /** Optimistic lock: two people acting at once cannot both move the same status. */
  @Column({ type: 'int', default: 0 })
  version: number;

  /** The filer's Idempotency-Key: a retry of the same filing answers this complaint instead of making another. */
  @Column({ type: 'varchar', length: 64, nullable: true })
  idempotencyKey: string | null;

  /** SHA-256 of the filing's body, to refuse the same key with another body. */
  @Column({ type: 'varchar', length: 64, nullable: true })
  requestSha256: string | null;

  @CreateDateColumn({ type: 'datetime' })
  createdAt: Date;
}

/** One change of a complaint: who (null for the scheduler), when, what, with photos. */
@Entity('complaint_event')
@Index('IDX_complaint_event_complaint', ['complaintId', 'id'])
export class ComplaintEvent {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  complaintId: number;

  @ManyToOne(() => Complaint, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'complaintId' })
  complaint?: Relation<Complaint>;

  @Column({ type: 'varchar', length: 16 })
  kind: ComplaintEventView['kind'];

  @Column({ type: 'int', nullable: true })
  actorId: number | null;

  /** The role the actor acted in (`grid_worker`, `resident`…), or `system`. */
  @Column({ type: 'varchar', length: 32 })
  actorRole: string;

  @Column({ type: 'varchar', length: 16, nullable: true })
  fromStatus: ComplaintStatus | null;

  @Column({ type: 'varchar', length: 16, nullable: true })
  toStatus: ComplaintStatus | null;

  @Column({ type: 'varchar', length: 16 })
  level: ComplaintLevel;

  @Column({ type: 'varchar', length: 1000, default: '' })
  note: string;

  @Column({ type: 'datetime' })
  at: Date;
}

/** 我也遇到: one resident saying a public complaint happens to them too; counted, never named. */
@Entity('complaint_me_too')
@Index('IDX_complaint_me_too_person', ['personId'])
export class ComplaintMeTooMark {
  @PrimaryColumn({ type: 'int' })
  complaintId: number;

  @PrimaryColumn({ type: 'int' })
  personId: number;

  @ManyToOne(() => Complaint, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'complaintId' })
  complaint?: Relation<Complaint>;

  @CreateDateColumn({ type: 'datetime' })
  createdAt: Date;
}

/** A photo sent to WeChat's asynchronous media check, and its verdict once WeChat calls back. */
@Entity('complaint_photo_check')
@Index('IDX_complaint_photo_check_attachment', ['attachmentId'])
export class ComplaintPhotoCheck {
  @PrimaryColumn({ type: 'varchar', length: 64 })
  traceId: string;

  @Column({ type: 'int' })
  attachmentId: number;

  @Column({ type: 'int' })
  complaintId: number;

  @Column({ type: 'varchar', length: 8, nullable: true })
  suggest: 'pass' | 'review' | 'risky' | null;

  @CreateDateColumn({ type: 'datetime' })
  createdAt: Date;
}

/** 一院一案: the plan of a compound marked in a period's problem-compound list. */
@Entity('compound_plan')
@Index('UQ_compound_plan_period', ['compoundId', 'period'], { unique: true })
export class CompoundPlan {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  compoundId: number;

  @ManyToOne(() => Place, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'compoundId' })
  compound?: Relation<Place>;

  /** YYYY-MM */
  @Column({ type: 'varchar', length: 7 })
  period: string;

  @Column({ type: 'varchar', length: 2000 })
  causes: string;

  @Column({ type: 'varchar', length: 2000 })
  measures: string;

  @Column({ type: 'varchar', length: 200 })
  responsible: string;

  @Column({ type: 'varchar', length: 10 })
  dueDate: string;

  @Column({ type: 'varchar', length: 8, default: 'open' })
  status: 'open' | 'done';

  @Column({ type: 'int' })
  createdBy: number;

  @CreateDateColumn({ type: 'datetime' })
  createdAt: Date;
}

@Entity('compound_plan_update')
@Index('IDX_compound_plan_update_plan', ['planId', 'id'])
export class CompoundPlanUpdate {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  planId: number;

  @ManyToOne(() => CompoundPlan, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'planId' })
  plan?: Relation<CompoundPlan>;

  @Column({ type: 'varchar', length: 1000 })
  text: string;

  @Column({ type: 'tinyint' })
  progress: number;

  @Column({ type: 'int' })
  createdBy: number;

  @CreateDateColumn({ type: 'datetime' })
  at: Date;
}
