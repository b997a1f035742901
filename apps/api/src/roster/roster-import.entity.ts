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
import { Place } from '../place/place.entity.js';

/** A record of each accepted roster import: who, when, which file, and what changed. */
@Entity('roster_import')
@Index('IDX_roster_import_compound', ['compoundId'])
export class RosterImport {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  compoundId: number;

  @ManyToOne(() => Place, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'compoundId' })
  compound?: Relation<Place>;

  @Column({ type: 'int' })
  importedBy: number;

  @Column({ type: 'varchar', length: 255 })
  fileName: string;

  @Column({ type: 'int' })
  total: number;

  @Column({ type: 'int' })
  created: number;

  @Column({ type: 'int' })
  updated: number;

  @Column({ type: 'int' })
  unchanged: number;

  /** Owner links the import ended: units it gave a new owner. */
  @Column({ type: 'int', default: 0 })
  ownersEnded: number;

  @CreateDateColumn({ type: 'datetime' })
  createdAt: Date;
}
