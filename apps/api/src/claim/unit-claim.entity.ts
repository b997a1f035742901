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

/** Stored states: the shared ClaimStatus plus `unmatched`, a failed attempt kept to limit guessing. */
export type StoredClaimStatus = 'pending' | 'approved' | 'rejected' | 'unmatched';

/** A person's claim to own a unit, matched against the roster and decided by a community admin. */
@Entity('unit_claim')
@Index('IDX_claim_compound_status', ['compoundId', 'status'])
@Index('IDX_claim_person', ['personId', 'createdAt'])
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

  /** The unit's owner key when the claim matched: approval is refused if the roster has since changed the owner. */
  @Column({ type: 'varchar', length: 64, nullable: true })
  ownerKey: string | null;

  @Column({ type: 'int', nullable: true })
  decidedBy: number | null;

  @Column({ type: 'datetime', nullable: true })
  decidedAt: Date | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  reason: string | null;

  @CreateDateColumn({ type: 'datetime' })
  createdAt: Date;
}
