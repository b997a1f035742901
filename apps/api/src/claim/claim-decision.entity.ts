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
import type { ClaimDecisionAction, Role } from '@xiaoqu/shared';
import { UnitClaim } from './unit-claim.entity.js';

/** One approval, rejection or revocation of a claim: who, in what role, why, when. Appended, never updated. */
@Entity('claim_decision')
@Index('IDX_claim_decision_claim', ['claimId'])
@Index('IDX_claim_decision_unit', ['unitId', 'id'])
export class ClaimDecision {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  claimId: number;

  @ManyToOne(() => UnitClaim, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'claimId' })
  claim?: Relation<UnitClaim>;

  /** The claimed unit, so that a unit's whole history is one query. */
  @Column({ type: 'int' })
  unitId: number;

  @Column({ type: 'varchar', length: 16 })
  action: ClaimDecisionAction;

  @Column({ type: 'int' })
  decidedBy: number;

  @Column({ type: 'varchar', length: 32 })
  role: Role;

  @Column({ type: 'varchar', length: 200, nullable: true })
  reason: string | null;

  @CreateDateColumn({ type: 'datetime' })
  at: Date;
}
