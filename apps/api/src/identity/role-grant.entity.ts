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
import type { Role } from '@xiaoqu/shared';
import { Person } from './person.entity.js';
import { Place } from '../place/place.entity.js';
import { Grid } from '../place/grid.entity.js';

/**
 * A role granted to a person on a place; it covers the place and everything below it.
 * Grid workers also name their grid (`gridId`); `gridId` is 0 for every other grant so the unique key holds.
 */
@Entity('role_grant')
@Index('UQ_role_grant', ['personId', 'role', 'placeId', 'gridKey'], { unique: true })
@Index('IDX_role_grant_place', ['placeId', 'role'])
export class RoleGrant {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  personId: number;

  @ManyToOne(() => Person, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'personId' })
  person?: Relation<Person>;

  @Column({ type: 'varchar', length: 32 })
  role: Role;

  @Column({ type: 'int' })
  placeId: number;

  @ManyToOne(() => Place, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'placeId' })
  place?: Relation<Place>;

  @Column({ type: 'int', nullable: true })
  gridId: number | null;

  @ManyToOne(() => Grid, { onDelete: 'CASCADE', nullable: true })
  @JoinColumn({ name: 'gridId' })
  grid?: Relation<Grid>;

  /** `gridId ?? 0`: a NULL would let duplicates past the unique index in MySQL. */
  @Column({ type: 'int', default: 0 })
  gridKey: number;

  @Column({ type: 'int', nullable: true })
  grantedBy: number | null;

  /** A number residents may call the holder on for this work (set by the admin or the holder); never their own. */
  @Column({ type: 'varchar', length: 20, nullable: true })
  workPhone: string | null;

  @CreateDateColumn({ type: 'datetime' })
  createdAt: Date;
}
