import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  type Relation,
} from 'typeorm';
import { Person } from '../identity/person.entity.js';
import { Unit } from '../place/unit.entity.js';
import { Place } from '../place/place.entity.js';
import { Attachment } from '../files/attachment.entity.js';

/** Stored states: the shared ClaimStatus plus `unmatched`, a failed attempt kept to limit guessing. */
export type StoredClaimStatus = 'pending' | 'approved' | 'rejected' | 'revoked' | 'unmatched';

/** A person's claim to own a unit, matched against the roster and decided by a community admin. */
@Entity('unit_claim')
@Index('IDX_claim_compound_status', ['compoundId', 'status'])
@Index('IDX_claim_person', ['personId', 'createdAt'])
@Index('IDX_claim_deed_photo', ['deedPhotoId', 'decidedAt'])
export class UnitClaim {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  personId: number;

  @ManyToOne(() => Person, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'personId' })
  person?: Relation<Person>;

  @Column({ type: 'int' })
  compoundId: number;

  @ManyToOne(() => Place, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'compoundId' })
  compound?: Relation<Place>;

  /** Null for an unmatched attempt on a room that does not exist. */
  @Column({ type: 'int', nullable: true })
  unitId: number | null;

  @ManyToOne(() => Unit, { onDelete: 'CASCADE', nullable: true })
  @JoinColumn({ name: 'unitId' })
  unit?: Relation<Unit>;

  @Column({ type: 'varchar', length: 16 })
  status: StoredClaimStatus;

  @Column({ type: 'varchar', length: 255 })
  claimedNameSealed: string;

  /** The phone's last four digits the claimant gave, sealed: the admins see how they compare with the roster now. */
  @Column({ type: 'varchar', length: 255, nullable: true })
  claimedPhoneLast4Sealed: string | null;

  /** The keyed hash of the deed/contract number's last six the claimant gave (RosterDeedsService.hash), if any. */
  @Column({ type: 'varchar', length: 64, nullable: true })
  deedLast6Hash: string | null;

  /** A photo of the deed (by the claimant, or by the approving admin): deleted 30 days after the decision. */
  @Column({ type: 'int', nullable: true })
  deedPhotoId: number | null;

  @ManyToOne(() => Attachment, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'deedPhotoId' })
  deedPhoto?: Relation<Attachment>;

  /** When the deed photo was deleted (30 days after the decision). */
  @Column({ type: 'datetime', nullable: true })
  deedPhotoDeletedAt: Date | null;

  /** The unit's owner key when the claim matched: approval is refused if the roster has since changed the owner. */
  @Column({ type: 'varchar', length: 64, nullable: true })
  ownerKey: string | null;

  @Column({ type: 'int', nullable: true })
  decidedBy: number | null;

  @Column({ type: 'datetime', nullable: true })
  decidedAt: Date | null;

  /** Why it was rejected, or why its approval was revoked. */
  @Column({ type: 'varchar', length: 200, nullable: true })
  reason: string | null;

  /** When an approval was revoked; who and why are in claim_decision. */
  @Column({ type: 'datetime', nullable: true })
  revokedAt: Date | null;

  @CreateDateColumn({ type: 'datetime' })
  createdAt: Date;
}
