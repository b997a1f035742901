import {
  Column,
  CreateDateColumn,
  Entity,
  ForeignKey,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  type Relation,
} from 'typeorm';
import { Unit } from './unit.entity.js';

/**
 * A person verified as an owner (or co-owner) of a unit, by an approved claim. A roster import that gives the unit
 * a new owner ends the link (`endedAt`) and keeps it: votes opened before then still count the seller.
 */
@Entity('unit_owner')
@Index('UQ_unit_owner', ['personId', 'unitId'], { unique: true })
@Index('IDX_unit_owner_unit', ['unitId'])
export class UnitOwner {
  @PrimaryGeneratedColumn()
  id: number;

  /** The person (identity's `person` table, named by entity so place does not import identity). */
  @Column({ type: 'int' })
  @ForeignKey('Person', { onDelete: 'CASCADE' })
  personId: number;

  @Column({ type: 'int' })
  unitId: number;

  @ManyToOne(() => Unit, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'unitId' })
  unit?: Relation<Unit>;

  @Column({ type: 'int', nullable: true })
  claimId: number | null;

  /** The unit's owner key when the link was made (or re-opened); merges of that key follow it (owner_key_merge). */
  @Column({ type: 'varchar', length: 64 })
  ownerKey: string;

  @CreateDateColumn({ type: 'datetime' })
  verifiedAt: Date;

  /** When a roster import gave the unit another owner; null while the link is current. */
  @Column({ type: 'datetime', nullable: true })
  endedAt: Date | null;
}
