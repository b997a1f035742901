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
import type { MatterNo, OwnerDecisionTally, ProposalStage, TallyBallot } from '@xiaoqu/shared';
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

  @Column({ type: 'varchar', length: 8 })
  status: 'open' | 'closed';

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
