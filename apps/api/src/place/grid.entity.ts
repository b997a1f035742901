import {
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  PrimaryGeneratedColumn,
  type Relation,
} from 'typeorm';
import type { GridKind } from '@xiaoqu/shared';
import { Place } from './place.entity.js';

/** A general grid (一般网格) of a compound, or a micro-grid (微网格) inside one, covering buildings. */
@Entity('grid')
@Index('IDX_grid_compound', ['compoundId'])
export class Grid {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  compoundId: number;

  @ManyToOne(() => Place, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'compoundId' })
  compound?: Relation<Place>;

  @Column({ type: 'int', nullable: true })
  parentId: number | null;

  @ManyToOne(() => Grid, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'parentId' })
  parent?: Relation<Grid>;

  @Column({ type: 'varchar', length: 16 })
  kind: GridKind;

  @Column({ type: 'varchar', length: 100 })
  name: string;
}

/** Which buildings a grid covers. */
@Entity('grid_building')
@Index('IDX_grid_building_building', ['buildingId'])
export class GridBuilding {
  @PrimaryColumn({ type: 'int' })
  gridId: number;

  @PrimaryColumn({ type: 'int' })
  buildingId: number;

  @ManyToOne(() => Grid, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'gridId' })
  grid?: Relation<Grid>;

  @ManyToOne(() => Place, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'buildingId' })
  building?: Relation<Place>;
}
