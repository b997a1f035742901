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
  BillingModel,
  DisclosureStatus,
  FundEntryKind,
  LineCategory,
  LineDirection,
  PeriodKind,
  WorkRecordKind,
} from '@xiaoqu/shared';
import { Place } from '../place/place.entity.js';
import { Attachment } from '../files/attachment.entity.js';

/** How a compound pays its property company; compounds without a row are lump-sum. */
@Entity('compound_billing')
export class CompoundBilling {
  @PrimaryColumn({ type: 'int' })
  compoundId: number;

  @ManyToOne(() => Place, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'compoundId' })
  compound?: Relation<Place>;

  @Column({ type: 'varchar', length: 16 })
  billingModel: BillingModel;

  /** Trust model: expense lines above this need a voucher; null → the configured default. */
  @Column({ type: 'int', nullable: true })
  voucherRequiredAboveFen: number | null;
}

/** The accounts of one period (晒收支). Immutable once published; a correction is a new one that `amends` it. */
@Entity('account_disclosure')
@Index('IDX_account_disclosure_period', ['compoundId', 'periodKey'])
export class AccountDisclosure {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  compoundId: number;

  @ManyToOne(() => Place, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'compoundId' })
  compound?: Relation<Place>;

  @Column({ type: 'varchar', length: 8 })
  periodKind: PeriodKind;

  @Column({ type: 'varchar', length: 8 })
  periodKey: string;

  @Column({ type: 'varchar', length: 16 })
  status: DisclosureStatus;

  @Column({ type: 'varchar', length: 16 })
  billingModel: BillingModel;

  @Column({ type: 'int', nullable: true })
  amendsId: number | null;

  @ManyToOne(() => AccountDisclosure, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'amendsId' })
  amends?: Relation<AccountDisclosure>;

  @Column({ type: 'int' })
  createdBy: number;

  @CreateDateColumn({ type: 'datetime' })
  createdAt: Date;
}

/** One income or expense line. Amounts in fen; totals are never stored, always summed. */
@Entity('disclosure_line')
@Index('IDX_disclosure_line_disclosure', ['disclosureId', 'position'])
export class DisclosureLine {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  disclosureId: number;

  @ManyToOne(() => AccountDisclosure, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'disclosureId' })
  disclosure?: Relation<AccountDisclosure>;

  @Column({ type: 'int' })
  position: number;

  @Column({ type: 'varchar', length: 8 })
  direction: LineDirection;

  @Column({ type: 'varchar', length: 32 })
  category: LineCategory;

  @Column({ type: 'int' })
  amountFen: number;

  /** YYYY-MM-DD */
  @Column({ type: 'varchar', length: 10 })
  occurredOn: string;

  @Column({ type: 'varchar', length: 100 })
  counterparty: string;

  @Column({ type: 'varchar', length: 500, default: '' })
  note: string;

  @Column({ type: 'int', nullable: true })
  householdsBilled: number | null;

  @Column({ type: 'int', nullable: true })
  householdsPaid: number | null;
}

/** A reviewer's note on a draft (the supervisor in the trust model, the owners' committee in any). */
@Entity('review_note')
@Index('IDX_review_note_disclosure', ['disclosureId'])
export class ReviewNote {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  disclosureId: number;

  @ManyToOne(() => AccountDisclosure, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'disclosureId' })
  disclosure?: Relation<AccountDisclosure>;

  @Column({ type: 'int' })
  authorId: number;

  @Column({ type: 'varchar', length: 32 })
  role: 'supervisor' | 'committee_member';

  @Column({ type: 'varchar', length: 1000 })
  text: string;

  @CreateDateColumn({ type: 'datetime' })
  createdAt: Date;
}

/** A resident's question on a line (质询), answered in public by the property company. */
@Entity('line_question')
@Index('IDX_line_question_disclosure', ['disclosureId', 'answeredAt'])
@Index('IDX_line_question_line', ['lineId'])
@Index('UQ_line_question_idempotency', ['askerId', 'idempotencyKey'], { unique: true })
export class LineQuestion {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  lineId: number;

  @ManyToOne(() => DisclosureLine, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'lineId' })
  line?: Relation<DisclosureLine>;

  @Column({ type: 'int' })
  disclosureId: number;

  @Column({ type: 'int' })
  askerId: number;

  @Column({ type: 'varchar', length: 500 })
  text: string;

  @Column({ type: 'datetime' })
  askedAt: Date;

  @Column({ type: 'varchar', length: 1000, nullable: true })
  answerText: string | null;

  @Column({ type: 'int', nullable: true })
  answeredBy: number | null;

  @Column({ type: 'datetime', nullable: true })
  answeredAt: Date | null;

  /** The creator's Idempotency-Key: a retry of the same request answers this record instead of making another. */
  @Column({ type: 'varchar', length: 64, nullable: true })
  idempotencyKey: string | null;

  /** SHA-256 of the request's body, to refuse the same key with another body. */
  @Column({ type: 'varchar', length: 64, nullable: true })
  requestSha256: string | null;
}

/** A line the committee or the supervisor finds questionable. */
@Entity('line_flag')
@Index('IDX_line_flag_line', ['lineId'])
export class LineFlag {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  lineId: number;

  @ManyToOne(() => DisclosureLine, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'lineId' })
  line?: Relation<DisclosureLine>;

  @Column({ type: 'int' })
  flaggedBy: number;

  @Column({ type: 'varchar', length: 32 })
  role: 'supervisor' | 'committee_member';

  @Column({ type: 'varchar', length: 500 })
  reason: string;

  @CreateDateColumn({ type: 'datetime' })
  createdAt: Date;
}

export type PublicationKind =
  | 'account'
  | 'service'
  | 'work_record'
  | 'fund_entry'
  | 'audit_report'
  | 'vote_result'
  | 'vote_terminated'
  | 'vote_objection'
  | 'vote_answer'
  | 'vote_correction'
  | 'vote_final';

/**
 * One link of a compound's publication chain: `hash` covers the content hash and the previous link's hash,
 * so changing anything published, or removing a link, breaks every later link.
 */
@Entity('publication')
@Index('UQ_publication_seq', ['compoundId', 'seq'], { unique: true })
@Index('UQ_publication_subject', ['kind', 'subjectId'], { unique: true })
export class Publication {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  compoundId: number;

  @ManyToOne(() => Place, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'compoundId' })
  compound?: Relation<Place>;

  @Column({ type: 'int' })
  seq: number;

  @Column({ type: 'varchar', length: 16 })
  kind: PublicationKind;

  @Column({ type: 'int' })
  subjectId: number;

  @Column({ type: 'varchar', length: 64 })
  contentHash: string;

  @Column({ type: 'varchar', length: 64 })
  prevHash: string;

  @Column({ type: 'varchar', length: 64 })
  hash: string;

  @Column({ type: 'datetime' })
  publishedAt: Date;

  @Column({ type: 'int' })
  publishedBy: number;
}

/** What the property company does (晒服务). */
@Entity('service_disclosure')
@Index('IDX_service_disclosure_compound', ['compoundId', 'status'])
export class ServiceDisclosure {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  compoundId: number;

  @ManyToOne(() => Place, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'compoundId' })
  compound?: Relation<Place>;

  @Column({ type: 'varchar', length: 16 })
  status: DisclosureStatus;

  @Column({ type: 'varchar', length: 100 })
  company: string;

  @Column({ type: 'varchar', length: 10 })
  contractStart: string;

  @Column({ type: 'varchar', length: 10 })
  contractEnd: string;

  @Column({ type: 'varchar', length: 50 })
  serviceLevel: string;

  @Column({ type: 'int' })
  feeStandardFenPerM2Month: number;

  @Column({ type: 'simple-json' })
  staffPosts: { post: string; headcount: number }[];

  @Column({ type: 'simple-json' })
  items: { name: string; frequency: string }[];

  @Column({ type: 'int' })
  createdBy: number;

  @CreateDateColumn({ type: 'datetime' })
  createdAt: Date;
}

/** A record of work done (elevator maintenance, cleaning…), published as it is recorded. */
@Entity('work_record')
@Index('IDX_work_record_compound', ['compoundId', 'doneOn'])
export class WorkRecord {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  compoundId: number;

  @ManyToOne(() => Place, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'compoundId' })
  compound?: Relation<Place>;

  @Column({ type: 'varchar', length: 16 })
  kind: WorkRecordKind;

  @Column({ type: 'varchar', length: 10 })
  doneOn: string;

  @Column({ type: 'varchar', length: 500 })
  description: string;

  @Column({ type: 'int' })
  createdBy: number;

  @CreateDateColumn({ type: 'datetime' })
  createdAt: Date;
}

/** A maintenance-fund record: a balance statement, or a use. Published as it is recorded. */
@Entity('fund_entry')
@Index('IDX_fund_entry_compound', ['compoundId', 'occurredOn'])
export class FundEntry {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  compoundId: number;

  @ManyToOne(() => Place, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'compoundId' })
  compound?: Relation<Place>;

  @Column({ type: 'varchar', length: 16 })
  kind: FundEntryKind;

  @Column({ type: 'varchar', length: 10 })
  occurredOn: string;

  @Column({ type: 'bigint', transformer: { to: (v: number) => v, from: (v: string | number) => Number(v) } })
  amountFen: number;

  @Column({ type: 'varchar', length: 500 })
  description: string;

  @Column({ type: 'varchar', length: 100, nullable: true })
  decisionRef: string | null;

  @Column({ type: 'int' })
  createdBy: number;

  @CreateDateColumn({ type: 'datetime' })
  createdAt: Date;
}

/** An annual audit report, as a document. Published as it is recorded. */
@Entity('audit_report')
@Index('IDX_audit_report_compound', ['compoundId', 'year'])
export class AuditReport {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  compoundId: number;

  @ManyToOne(() => Place, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'compoundId' })
  compound?: Relation<Place>;

  @Column({ type: 'int' })
  year: number;

  @Column({ type: 'varchar', length: 100 })
  title: string;

  @Column({ type: 'varchar', length: 100 })
  auditor: string;

  @Column({ type: 'int' })
  attachmentId: number;

  @ManyToOne(() => Attachment, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'attachmentId' })
  attachment?: Relation<Attachment>;

  @Column({ type: 'int' })
  createdBy: number;

  @CreateDateColumn({ type: 'datetime' })
  createdAt: Date;
}
