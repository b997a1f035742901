import { CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { Attachment } from '../files/attachment.entity.js';

/**
 * A file uploaded as a deed photo (`POST /api/claims/deed-photos`): one a claim never cites (the claim was refused
 * as not matching, or never sent) is deleted after DEED_PHOTO_UNCITED_DAYS, not kept for ever.
 */
@Entity('deed_photo_upload')
@Index('IDX_deed_photo_upload_created', ['createdAt'])
export class DeedPhotoUpload {
  @PrimaryColumn({ type: 'int' })
  attachmentId: number;

  @ManyToOne(() => Attachment, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'attachmentId' })
  attachment?: Relation<Attachment>;

  @CreateDateColumn({ type: 'datetime' })
  createdAt: Date;
}
