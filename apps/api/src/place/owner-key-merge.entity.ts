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
import { Place } from './place.entity.js';

/**
 * Two owner keys of a compound found to be one person (one headcount): by a community admin with a reason, or by a
 * roster import that keys the owner by ID number. No unit carries `fromKey` afterwards; a re-import maps it to
 * `intoKey`, and a later merge of `intoKey` re-points this row, so one step always reaches the surviving key.
 */
@Entity('owner_key_merge')
@Index('IDX_owner_key_merge_compound', ['compoundId', 'id'])
@Index('IDX_owner_key_merge_from', ['fromKey'])
@Index('IDX_owner_key_merge_into', ['intoKey'])
export class OwnerKeyMerge {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  compoundId: number;

  @ManyToOne(() => Place, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'compoundId' })
  compound?: Relation<Place>;

  @Column({ type: 'varchar', length: 64 })
  fromKey: string;

  @Column({ type: 'varchar', length: 64 })
  intoKey: string;

  /** The units the merge named: the absorbed owner's and the surviving owner's (the same unit for a re-key). */
  @Column({ type: 'int' })
  fromUnitId: number;

  @Column({ type: 'int' })
  intoUnitId: number;

  @Column({ type: 'varchar', length: 200 })
  reason: string;

  /** The admin, or the person whose roster import re-keyed the owner; null for the demo seed. */
  @Column({ type: 'int', nullable: true })
  mergedBy: number | null;

  @CreateDateColumn({ type: 'datetime' })
  mergedAt: Date;
}
