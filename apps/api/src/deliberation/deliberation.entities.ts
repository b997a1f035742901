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
  MatterNo,
  OwnerDecisionTally,
  Party,
  ProposalStage,
  TallyBallot,
  TimelineKind,
  VoteChannel,
} from '@xiaoqu/shared';
import { Place } from '../place/place.entity.js';

/** A proposal (议题) of the four-party council, from raising to evaluation. */
@Entity('proposal')
@Index('IDX_proposal_compound', ['compoundId', 'id'])
export class Proposal {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  compoundId: number;

  @ManyToOne(() => Place, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'compoundId' })
  compound?: Relation<Place>;

  @Column({ type: 'varchar', length: 100 })
  title: string;

  @Column({ type: 'varchar', length: 4000 })
  body: string;

  @Column({ type: 'varchar', length: 16 })
  stage: ProposalStage;

  @Column({ type: 'int' })
  raisedBy: number;

  @CreateDateColumn({ type: 'datetime' })
  createdAt: Date;
}

/** An owner vote held here, with its roll frozen at opening. */
@Entity('owner_vote')
@Index('UQ_owner_vote_proposal', ['proposalId'], { unique: true })
export class OwnerVote {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  proposalId: number;

  @ManyToOne(() => Proposal, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'proposalId' })
  proposal?: Relation<Proposal>;

  @Column({ type: 'int' })
  compoundId: number;

  @Column({ type: 'int' })
  matterNo: MatterNo;

  @Column({ type: 'varchar', length: 16 })
  rule: OwnerDecisionTally['rule'];

  @Column({ type: 'boolean' })
  secret: boolean;

  /** `announced`: owners were told, it opens at `openedAt` (the reminder scheduler opens it). */
  @Column({ type: 'varchar', length: 10 })
  status: 'announced' | 'open' | 'closed';

  @Column({ type: 'datetime' })
  openedAt: Date;

  @Column({ type: 'datetime' })
  closesAt: Date;

  @Column({ type: 'datetime', nullable: true })
  closedAt: Date | null;

  @Column({ type: 'int' })
  openedBy: number;

  /** SHA-256 of the frozen roll, canonical: published with the result. */
  @Column({ type: 'varchar', length: 64 })
  rollSha256: string;

  @Column({ type: 'varchar', length: 8, default: 'here' })
  channel: VoteChannel;

  @Column({ type: 'varchar', length: 100, nullable: true })
  externalRef: string | null;

  /** When all owners were told of the vote (at least 15 days before it opened). */
  @Column({ type: 'datetime', nullable: true })
  noticePostedAt: Date | null;

  @Column({ type: 'int', nullable: true })
  noticeAttachmentId: number | null;

  /** An imported result's counted parts (JSON of total/agreed/disagreed/abstained); null for votes held here. */
  @Column({ type: 'varchar', length: 500, nullable: true })
  importedParts: string | null;

  /** An imported result's documents (attachment ids, `1,2`). */
  @Column({ type: 'varchar', length: 200, default: '' })
  documentIds: string;
}

/** The units, areas and owner keys of a vote, as they were when it opened: later roster edits do not move it. */
@Entity('vote_roll')
@Index('IDX_vote_roll_owner', ['voteId', 'ownerKey'])
export class VoteRoll {
  @PrimaryColumn({ type: 'int' })
  voteId: number;

  @PrimaryColumn({ type: 'int' })
  unitId: number;

  @ManyToOne(() => OwnerVote, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'voteId' })
  vote?: Relation<OwnerVote>;

  @Column({ type: 'int' })
  areaCentiM2: number;

  @Column({ type: 'varchar', length: 64 })
  ownerKey: string;

  @Column({ type: 'boolean' })
  developerUnsold: boolean;
}

/** Every ballot is kept; an owner's last one counts. */
@Entity('ballot')
@Index('IDX_ballot_owner', ['voteId', 'ownerKey', 'id'])
@Index('UQ_ballot_idempotency', ['voteId', 'ownerKey', 'idempotencyKey'], { unique: true })
@Index('UQ_ballot_receipt', ['receiptCode'], { unique: true })
export class Ballot {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  voteId: number;

  @ManyToOne(() => OwnerVote, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'voteId' })
  vote?: Relation<OwnerVote>;

  @Column({ type: 'varchar', length: 64 })
  ownerKey: string;

  @Column({ type: 'varchar', length: 8 })
  choice: TallyBallot['choice'];

  @Column({ type: 'varchar', length: 8 })
  method: 'online' | 'paper' | 'proxy';

  /** Who cast it online, or who entered it (paper, proxy). */
  @Column({ type: 'int' })
  enteredBy: number;

  @Column({ type: 'varchar', length: 64, nullable: true })
  idempotencyKey: string | null;

  /** SHA-256 of the request body: the same key with another body is refused. */
  @Column({ type: 'varchar', length: 64 })
  requestSha256: string;

  @Column({ type: 'varchar', length: 16 })
  receiptCode: string;

  @CreateDateColumn({ type: 'datetime' })
  castAt: Date;

  /**
   * When the owner made this choice, which decides which ballot counts: online, the moment cast; on paper or by
   * proxy, the end of the day signed on the form (China time). The latest counts; on a tie, the later entry.
   */
  @Column({ type: 'datetime', nullable: true })
  madeAt: Date | null;

  @Column({ type: 'int', nullable: true })
  scanAttachmentId: number | null;

  @Column({ type: 'varchar', length: 50, nullable: true })
  proxyName: string | null;

  @Column({ type: 'int', nullable: true })
  proxyDocumentId: number | null;
}

/** A step on a proposal's timeline. */
@Entity('proposal_event')
@Index('IDX_proposal_event_proposal', ['proposalId', 'id'])
export class ProposalEvent {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  proposalId: number;

  @ManyToOne(() => Proposal, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'proposalId' })
  proposal?: Relation<Proposal>;

  @Column({ type: 'varchar', length: 16 })
  kind: TimelineKind;

  @Column({ type: 'int' })
  actorId: number;

  @Column({ type: 'varchar', length: 32 })
  actorRole: string;

  @Column({ type: 'varchar', length: 4000 })
  text: string;

  @Column({ type: 'varchar', length: 32, nullable: true })
  party: Party | null;

  @Column({ type: 'simple-json' })
  attachmentIds: number[];

  @Column({ type: 'int', nullable: true })
  progress: number | null;

  @CreateDateColumn({ type: 'datetime' })
  createdAt: Date;
}

/** A resident's support of a raised proposal: one each. */
@Entity('proposal_support')
export class ProposalSupport {
  @PrimaryColumn({ type: 'int' })
  proposalId: number;

  @PrimaryColumn({ type: 'int' })
  personId: number;

  @ManyToOne(() => Proposal, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'proposalId' })
  proposal?: Relation<Proposal>;

  @CreateDateColumn({ type: 'datetime' })
  createdAt: Date;
}

/** A resident's evaluation of the outcome: one each, changeable. */
@Entity('proposal_evaluation')
export class ProposalEvaluation {
  @PrimaryColumn({ type: 'int' })
  proposalId: number;

  @PrimaryColumn({ type: 'int' })
  personId: number;

  @ManyToOne(() => Proposal, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'proposalId' })
  proposal?: Relation<Proposal>;

  @Column({ type: 'int' })
  score: number;

  @Column({ type: 'varchar', length: 500 })
  comment: string;

  @Column({ type: 'datetime' })
  evaluatedAt: Date;
}

/** A resident poll on a proposal: consultative, one vote per resident. */
@Entity('resident_poll')
@Index('UQ_resident_poll_proposal', ['proposalId'], { unique: true })
export class ResidentPoll {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  proposalId: number;

  @ManyToOne(() => Proposal, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'proposalId' })
  proposal?: Relation<Proposal>;

  @Column({ type: 'int' })
  compoundId: number;

  @Column({ type: 'datetime' })
  closesAt: Date;

  @Column({ type: 'datetime', nullable: true })
  closedAt: Date | null;

  @Column({ type: 'int' })
  openedBy: number;

  @CreateDateColumn({ type: 'datetime' })
  openedAt: Date;
}

/** One resident's vote in a poll; changeable until it closes. */
@Entity('poll_vote')
export class PollVote {
  @PrimaryColumn({ type: 'int' })
  pollId: number;

  @PrimaryColumn({ type: 'int' })
  personId: number;

  @ManyToOne(() => ResidentPoll, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'pollId' })
  poll?: Relation<ResidentPoll>;

  @Column({ type: 'varchar', length: 8 })
  choice: TallyBallot['choice'];

  @Column({ type: 'datetime' })
  castAt: Date;
}
