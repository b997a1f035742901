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
  CorrectionKind,
  MatterNo,
  NoticeMethod,
  ObjectionKind,
  OwnerDecisionTally,
  Party,
  ProposalStage,
  TallyBallot,
  TimelineKind,
  VoteChannel,
  VoteStatus,
} from '@xiaoqu/shared';
import { Place } from '../place/place.entity.js';

/** A proposal (议题) of the four-party council, from raising to evaluation. */
@Entity('proposal')
@Index('IDX_proposal_compound', ['compoundId', 'id'])
@Index('UQ_proposal_idempotency', ['raisedBy', 'idempotencyKey'], { unique: true })
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

  /** The creator's Idempotency-Key: a retry of the same request answers this record instead of making another. */
  @Column({ type: 'varchar', length: 64, nullable: true })
  idempotencyKey: string | null;

  /** SHA-256 of the request's body, to refuse the same key with another body. */
  @Column({ type: 'varchar', length: 64, nullable: true })
  requestSha256: string | null;

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

  /**
   * `announced`: owners were told, it opens at `openedAt` (the scheduler opens it); `closed` at `closesAt` by the
   * scheduler; `terminated`: voided before closing, with a reason.
   */
  @Column({ type: 'varchar', length: 10 })
  status: VoteStatus;

  /** `approval`: agree / disagree / abstain; `choice`: one of its options (vote_option) or abstain. */
  @Column({ type: 'varchar', length: 8, default: 'approval' })
  kind: 'approval' | 'choice';

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

  /** How owners were told: announced here, or posted on the boards (with its photo); null on older votes. */
  @Column({ type: 'varchar', length: 8, nullable: true })
  noticeMethod: NoticeMethod | null;

  /** The compound's basis for voting here, as recorded when the vote was opened (vote_basis). */
  @Column({ type: 'int', nullable: true })
  basisId: number | null;

  /** The objection period's length, from the basis; its end is set at closing. */
  @Column({ type: 'int', nullable: true })
  objectionDays: number | null;

  @Column({ type: 'datetime', nullable: true })
  objectionEndsAt: Date | null;

  @Column({ type: 'datetime', nullable: true })
  finalAt: Date | null;

  /** The last ballot of the preliminary result: later ballot rows are corrections. */
  @Column({ type: 'int', nullable: true })
  lastBallotId: number | null;

  @Column({ type: 'datetime', nullable: true })
  terminatedAt: Date | null;

  @Column({ type: 'int', nullable: true })
  terminatedBy: number | null;

  @Column({ type: 'varchar', length: 32, nullable: true })
  terminatedByRole: string | null;

  @Column({ type: 'varchar', length: 500, nullable: true })
  terminationReason: string | null;

  /** An imported result's counted parts (JSON of total/agreed/disagreed/abstained); null for votes held here. */
  @Column({ type: 'varchar', length: 500, nullable: true })
  importedParts: string | null;
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

  /** `option` in a multi-option vote when an option was chosen (`optionId`). */
  @Column({ type: 'varchar', length: 8 })
  choice: TallyBallot['choice'] | 'option';

  @Column({ type: 'varchar', length: 8, nullable: true })
  optionId: string | null;

  @Column({ type: 'varchar', length: 8 })
  method: 'online' | 'paper' | 'proxy';

  /** A correction's new ballot: the one it corrects. It counts in that ballot's place (see LAST_BALLOT). */
  @Column({ type: 'int', nullable: true })
  correctsBallotId: number | null;

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

/** An option of a multi-option owner vote, in the order given. */
@Entity('vote_option')
export class VoteOption {
  @PrimaryColumn({ type: 'int' })
  voteId: number;

  @PrimaryColumn({ type: 'varchar', length: 8 })
  optionId: string;

  @ManyToOne(() => OwnerVote, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'voteId' })
  vote?: Relation<OwnerVote>;

  @Column({ type: 'int' })
  position: number;

  @Column({ type: 'varchar', length: 100 })
  label: string;
}

/** The clause of a compound's rules that allows owner votes here, and its objection period. Each record is kept. */
@Entity('vote_basis')
@Index('IDX_vote_basis_compound', ['compoundId', 'id'])
export class VoteBasis {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  compoundId: number;

  @ManyToOne(() => Place, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'compoundId' })
  compound?: Relation<Place>;

  @Column({ type: 'varchar', length: 1000 })
  clause: string;

  @Column({ type: 'int' })
  documentId: number;

  @Column({ type: 'int' })
  objectionDays: number;

  @Column({ type: 'int' })
  recordedBy: number;

  @Column({ type: 'varchar', length: 32 })
  recordedByRole: string;

  @CreateDateColumn({ type: 'datetime' })
  recordedAt: Date;
}

/** An owner's objection to a preliminary result (询异), and the organisers' answer. */
@Entity('vote_objection')
@Index('IDX_vote_objection_vote', ['voteId', 'id'])
export class VoteObjection {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  voteId: number;

  @ManyToOne(() => OwnerVote, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'voteId' })
  vote?: Relation<OwnerVote>;

  /** Never shown to anyone but the objector. */
  @Column({ type: 'int' })
  personId: number;

  @Column({ type: 'varchar', length: 16 })
  kind: ObjectionKind;

  @Column({ type: 'int' })
  unitId: number;

  @Column({ type: 'varchar', length: 2000 })
  text: string;

  @Column({ type: 'datetime' })
  raisedAt: Date;

  @Column({ type: 'varchar', length: 2000, nullable: true })
  answerText: string | null;

  @Column({ type: 'int', nullable: true })
  answeredBy: number | null;

  @Column({ type: 'varchar', length: 32, nullable: true })
  answeredByRole: string | null;

  @Column({ type: 'datetime', nullable: true })
  answeredAt: Date | null;

  @Column({ type: 'int', nullable: true })
  correctionId: number | null;
}

/**
 * A correction of a preliminary result: a ballot entered wrongly (a new ballot row in its place) or a roll entry.
 * `before`/`after` are the roll entry or ballot as JSON, so each earlier link of the chain can be recomputed.
 */
@Entity('vote_correction')
@Index('IDX_vote_correction_vote', ['voteId', 'id'])
export class VoteCorrection {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  voteId: number;

  @ManyToOne(() => OwnerVote, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'voteId' })
  vote?: Relation<OwnerVote>;

  @Column({ type: 'int', nullable: true })
  objectionId: number | null;

  @Column({ type: 'varchar', length: 16 })
  kind: CorrectionKind;

  @Column({ type: 'int' })
  unitId: number;

  /** ballot_choice: the ballot corrected and the new ballot counting in its place. */
  @Column({ type: 'int', nullable: true })
  ballotId: number | null;

  @Column({ type: 'int', nullable: true })
  newBallotId: number | null;

  @Column({ type: 'varchar', length: 300, nullable: true })
  beforeJson: string | null;

  @Column({ type: 'varchar', length: 300, nullable: true })
  afterJson: string | null;

  @Column({ type: 'varchar', length: 1000 })
  reason: string;

  /** The chain link this one corrects (the preliminary result, or the previous correction). */
  @Column({ type: 'int' })
  correctsSeq: number;

  @Column({ type: 'int' })
  correctedBy: number;

  @Column({ type: 'varchar', length: 32 })
  byRole: string;

  @CreateDateColumn({ type: 'datetime' })
  correctedAt: Date;
}
