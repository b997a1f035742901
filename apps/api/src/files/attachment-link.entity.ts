import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { Attachment } from './attachment.entity.js';

/**
 * The kinds of record that cite files through links, each named after the owning domain's table. A record citing a
 * single file in a column of its own (a paper ballot's scan, a claim's deed photo, an audit report) keeps that column.
 */
export const ATTACHMENT_OWNER_KINDS = [
  'complaint',
  'complaint_event',
  'proposal_event',
  'owner_vote',
  'vote_objection',
  'vote_correction',
  'disclosure_line',
  'work_record',
  'fund_entry',
] as const;
export type AttachmentOwnerKind = (typeof ATTACHMENT_OWNER_KINDS)[number];

/**
 * One record citing one file (a complaint's photo, a line's voucher, a vote's result document) at a place in its
 * list. A list is kept as it was given: a record that named a file twice (published, and hashed so) still does.
 */
@Entity('attachment_link')
@Index('IDX_attachment_link_attachment', ['attachmentId'])
export class AttachmentLink {
  @PrimaryColumn({ type: 'varchar', length: 24 })
  ownerKind: AttachmentOwnerKind;

  @PrimaryColumn({ type: 'int' })
  ownerId: number;

  /** Where the file stands among the record's files (0 first). */
  @PrimaryColumn({ type: 'smallint' })
  position: number;

  @Column({ type: 'int' })
  attachmentId: number;

  @ManyToOne(() => Attachment, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'attachmentId' })
  attachment?: Relation<Attachment>;
}
