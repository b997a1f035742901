import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { Role } from '@xiaoqu/shared';

/**
 * One successful write by a staff member or admin. Everything is a copy taken at the time (the person's sealed
 * name, the place's path), and nothing references another row, so the entry outlives changes to what it names.
 */
@Entity('audit_entry')
@Index('IDX_audit_entry_place', ['placePath', 'id'])
@Index('IDX_audit_entry_person', ['personId', 'id'])
export class AuditEntry {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  personId: number;

  /** The person's name when they wrote, sealed by PiiCipher as Person names are. */
  @Column({ type: 'varchar', length: 255, nullable: true })
  personNameSealed: string | null;

  @Column({ type: 'varchar', length: 32 })
  role: Role;

  /** The place acted on (a compound, or the admin's place when the route names none). */
  @Column({ type: 'int' })
  placeId: number;

  /** That place's materialised path, so an admin reads everything below their place by prefix. */
  @Column({ type: 'varchar', length: 255 })
  placePath: string;

  @Column({ type: 'varchar', length: 8 })
  method: string;

  /** The route pattern with the method, e.g. `POST /api/compounds/:compoundId/work-records`. */
  @Column({ type: 'varchar', length: 255 })
  route: string;

  /** JSON object of the route's parameters and the answer's `id`: ids only, never request bodies. */
  @Column({ type: 'varchar', length: 500 })
  recordIds: string;

  @Column({ type: 'int' })
  status: number;

  @Column({ type: 'varchar', length: 64 })
  requestId: string;

  @Column({ type: 'datetime' })
  at: Date;
}
