import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { Place } from '../place/place.entity.js';

/**
 * A unit's 不动产权证号 or 购房合同号 from the roster, as only what owner verification compares: a keyed hash of its
 * last six characters (PiiCipher.keyedHash, with the compound, building and room), never the number itself.
 * Keyed by the unit's place in the roster (building name and room), as a roster row is.
 */
@Entity('roster_deed')
@Index('UQ_roster_deed_unit', ['compoundId', 'building', 'room'], { unique: true })
export class RosterDeed {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  compoundId: number;

  @ManyToOne(() => Place, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'compoundId' })
  compound?: Relation<Place>;

  @Column({ type: 'varchar', length: 32 })
  building: string;

  @Column({ type: 'varchar', length: 32 })
  room: string;

  @Column({ type: 'varchar', length: 64 })
  last6Hash: string;
}
