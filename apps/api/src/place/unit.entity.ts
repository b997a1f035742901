import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { Place } from './place.entity.js';

/**
 * An exclusive part (a flat or a shop) with its registered area and registered owner, from the roster.
 * Owner name and phone are sealed by PiiCipher; `ownerKey` groups the units of one owner (one headcount).
 */
@Entity('unit')
@Index('UQ_unit_building_room', ['buildingId', 'room'], { unique: true })
@Index('IDX_unit_compound', ['compoundId', 'id'])
@Index('IDX_unit_owner_key', ['compoundId', 'ownerKey'])
export class Unit {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  compoundId: number;

  @ManyToOne(() => Place, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'compoundId' })
  compound?: Relation<Place>;

  @Column({ type: 'int' })
  buildingId: number;

  @ManyToOne(() => Place, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'buildingId' })
  building?: Relation<Place>;

  /** The stairwell entrance (单元): a label, not an entity. */
  @Column({ type: 'varchar', length: 16, default: '' })
  entrance: string;

  @Column({ type: 'varchar', length: 32 })
  room: string;

  @Column({ type: 'int' })
  areaCentiM2: number;

  @Column({ type: 'varchar', length: 64 })
  ownerKey: string;

  @Column({ type: 'boolean', default: false })
  developerUnsold: boolean;

  @Column({ type: 'varchar', length: 255, nullable: true })
  ownerNameSealed: string | null;

  @Column({ type: 'varchar', length: 255, nullable: true })
  ownerPhoneSealed: string | null;
}
