import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import type { PlaceLevel } from '@xiaoqu/shared';

/**
 * A node of the place tree: district → street → community → compound → building.
 * `path` lists the ids from the root, `/1/4/9/`, so "inside a place" is a prefix match on an index.
 */
@Entity('place')
@Index('IDX_place_path', ['path'])
@Index('IDX_place_level_name', ['level', 'name'])
export class Place {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'varchar', length: 16 })
  level: PlaceLevel;

  @Column({ type: 'varchar', length: 100 })
  name: string;

  @Column({ type: 'int', nullable: true })
  parentId: number | null;

  @ManyToOne(() => Place, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'parentId' })
  parent?: Relation<Place>;

  @Column({ type: 'varchar', length: 255 })
  path: string;

  /** Compounds only: the property company serving it. */
  @Column({ type: 'varchar', length: 100, nullable: true })
  propertyCompany: string | null;
}
