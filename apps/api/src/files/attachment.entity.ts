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

/** Who may read a file: the compound's staff only (drafts), or everyone of the compound (once published). */
export type AttachmentVisibility = 'staff' | 'compound';

/** A stored file: vouchers, work-record photos, audit reports. The bytes are in FileStorage under `storageKey`. */
@Entity('attachment')
@Index('IDX_attachment_compound', ['compoundId'])
export class Attachment {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  compoundId: number;

  @ManyToOne(() => Place, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'compoundId' })
  compound?: Relation<Place>;

  @Column({ type: 'varchar', length: 200 })
  fileName: string;

  @Column({ type: 'varchar', length: 100 })
  mime: string;

  @Column({ type: 'int' })
  sizeBytes: number;

  @Column({ type: 'varchar', length: 64 })
  sha256: string;

  @Column({ type: 'varchar', length: 200 })
  storageKey: string;

  @Column({ type: 'varchar', length: 16, default: 'staff' })
  visibility: AttachmentVisibility;

  @Column({ type: 'int' })
  uploadedBy: number;

  @CreateDateColumn({ type: 'datetime' })
  createdAt: Date;
}
