import { createHash } from 'node:crypto';
import { Injectable, Logger } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, type EntityManager, type Repository } from 'typeorm';
import type { AttachmentView } from '@xiaoqu/shared';
import { DomainException } from '../common/errors/domain.exception.js';
import { MIME_OF, contentRefusal, sniffFile, type FileKind } from '../common/files/sniff.js';
import type { Principal } from '../common/auth/principal.js';
import { PlaceService } from '../place/place.service.js';
import { Attachment, type AttachmentVisibility } from './attachment.entity.js';
import { AttachmentLink, type AttachmentOwnerKind } from './attachment-link.entity.js';
import { FileStorage } from './file-storage.js';
import { isWithin } from '../place/place-path.js';

/** Roles that see a compound's drafts (an account disclosure before it is published, with its vouchers). */
export const STAFF_FILE_ROLES = [
  'property_staff',
  'supervisor',
  'committee_member',
  'community_admin',
  'street_admin',
  'district_admin',
  'grid_worker',
] as const;

const sha256Of = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

/** A read that failed because the object is not there (local disk or S3), as opposed to the store being down. */
const isMissing = (err: unknown) => {
  const e = err as { code?: string; name?: string; $metadata?: { httpStatusCode?: number } };
  return e.code === 'ENOENT' || e.name === 'NoSuchKey' || e.$metadata?.httpStatusCode === 404;
};

export const toAttachmentView = (a: Attachment): AttachmentView => ({
  id: a.id,
  fileName: a.fileName,
  mime: a.mime,
  sizeBytes: a.sizeBytes,
  sha256: a.sha256,
});

/**
 * A domain's half of the read rule for the records of one kind that cite a file through links (see AttachmentLink):
 * whether the caller may read one of them while it is not published to the whole compound (a private complaint and
 * its fix photos, a draft's vouchers).
 */
export type LinkedRecordsReader = (
  principal: Principal,
  ownerIds: number[],
  attachment: Attachment,
) => Promise<boolean>;

/**
 * The same for a record citing a single file in a column of its own (a paper ballot's scan, a claim's deed photo):
 * the owner finds the record by the file's id and decides.
 */
export type AttachmentReader = (principal: Principal, attachment: Attachment) => Promise<boolean>;

/** A stored file whose bytes no longer hash to the digest recorded at upload (or are gone). */
export interface FileIntegrityFailure {
  attachmentId: number;
  reason: 'mismatch' | 'missing';
}

/** Uploads and reads of files, checked by content and size, never half-stored. */
@Injectable()
export class FilesService {
  private readonly logger = new Logger(FilesService.name);
  private readonly readers: AttachmentReader[] = [];
  private readonly linkReaders = new Map<AttachmentOwnerKind, LinkedRecordsReader>();

  constructor(
    @InjectRepository(Attachment) private readonly attachments: Repository<Attachment>,
    @InjectRepository(AttachmentLink) private readonly links: Repository<AttachmentLink>,
    private readonly storage: FileStorage,
    private readonly places: PlaceService,
  ) {}

  /** Stores a file of one of the `allowed` kinds; the row is written only once the bytes are safely stored. */
  async store(
    compoundId: number,
    file: { fileName: string; buffer: Buffer },
    uploadedBy: number,
    allowed: readonly FileKind[],
  ): Promise<Attachment> {
    const kind = sniffFile(file.buffer);
    if (!kind || !allowed.includes(kind)) {
      throw new DomainException(
        'UNSUPPORTED_FILE',
        `只支持 ${allowed.map((k) => (k === 'jpeg' ? 'jpg' : k)).join('、')} 文件`,
      );
    }
    const refusal = contentRefusal(kind, file.buffer);
    if (refusal) throw new DomainException('UNSUPPORTED_FILE', refusal);
    const sha256 = sha256Of(file.buffer);
    const storageKey = `${compoundId}/${sha256}`;
    await this.storage.put(storageKey, file.buffer).catch((err: unknown) => this.unavailable(err));
    try {
      return await this.attachments.save(
        this.attachments.create({
          compoundId,
          fileName: file.fileName.slice(0, 200) || `${kind}`,
          mime: MIME_OF[kind],
          sizeBytes: file.buffer.length,
          sha256,
          storageKey,
          uploadedBy,
          visibility: 'staff',
        }),
      );
    } catch (err) {
      // Only remove the bytes when no other row points at the same content.
      if (!(await this.attachments.exists({ where: { storageKey } }))) await this.storage.delete(storageKey);
      throw err;
    }
  }

  /** A domain says who may read the files its unpublished records of one kind cite (see LinkedRecordsReader). */
  addLinkReader(ownerKind: AttachmentOwnerKind, reader: LinkedRecordsReader): void {
    this.linkReaders.set(ownerKind, reader);
  }

  /** A domain says who may read a file one of its records holds in a column (see AttachmentReader). */
  addReader(reader: AttachmentReader): void {
    this.readers.push(reader);
  }

  /** Records that a record cites these files, in this order, after any it cites already. */
  async link(
    manager: EntityManager,
    ownerKind: AttachmentOwnerKind,
    ownerId: number,
    attachmentIds: readonly number[],
  ): Promise<void> {
    if (attachmentIds.length === 0) return;
    const last = await manager
      .createQueryBuilder(AttachmentLink, 'l')
      .select('MAX(l.position)', 'last')
      .where('l.ownerKind = :ownerKind AND l.ownerId = :ownerId', { ownerKind, ownerId })
      .getRawOne<{ last: number | string | null }>();
    const first = last?.last === null || last?.last === undefined ? 0 : Number(last.last) + 1;
    await manager.insert(
      AttachmentLink,
      attachmentIds.map((attachmentId, i) => ({ ownerKind, ownerId, attachmentId, position: first + i })),
    );
  }

  /** The files each record of a kind cites, in their order; a record citing none is absent from the map. */
  async linked(
    ownerKind: AttachmentOwnerKind,
    ownerIds: readonly number[],
    manager: EntityManager = this.links.manager,
  ): Promise<Map<number, number[]>> {
    const byOwner = new Map<number, number[]>();
    if (ownerIds.length === 0) return byOwner;
    const rows = await manager.find(AttachmentLink, {
      where: { ownerKind, ownerId: In([...new Set(ownerIds)]) },
      order: { ownerId: 'ASC', position: 'ASC' },
    });
    for (const r of rows) byOwner.set(r.ownerId, [...(byOwner.get(r.ownerId) ?? []), r.attachmentId]);
    return byOwner;
  }

  /** The files one record cites, in their order. */
  async linkedTo(ownerKind: AttachmentOwnerKind, ownerId: number, manager?: EntityManager): Promise<number[]> {
    return (await this.linked(ownerKind, [ownerId], manager)).get(ownerId) ?? [];
  }

  /** Takes files off records: all of them, or only `attachmentId` (a photo withdrawn after WeChat's check). */
  async unlink(
    manager: EntityManager,
    ownerKind: AttachmentOwnerKind,
    ownerIds: readonly number[],
    attachmentId?: number,
  ): Promise<void> {
    if (ownerIds.length === 0) return;
    await manager.delete(AttachmentLink, {
      ownerKind,
      ownerId: In([...ownerIds]),
      ...(attachmentId === undefined ? {} : { attachmentId }),
    });
  }

  async byIds(ids: number[]): Promise<Attachment[]> {
    return ids.length === 0 ? [] : this.attachments.find({ where: { id: In(ids) }, order: { id: 'ASC' } });
  }

  /**
   * Files uploaded earlier that a record is about to use: they must exist and belong to the compound (and be
   * images, with `imagesOnly`; and the caller's own, with `uploadedBy`); otherwise a 400 naming what is wrong.
   */
  async requireOwn(
    compoundId: number,
    ids: number[],
    what = '附件',
    imagesOnly = false,
    uploadedBy?: number,
  ): Promise<Attachment[]> {
    const found = await this.byIds(ids);
    if (
      found.length !== new Set(ids).size ||
      found.some((a) => a.compoundId !== compoundId || (imagesOnly && !a.mime.startsWith('image/')))
    ) {
      throw new DomainException('VALIDATION_FAILED', `${what}不存在或不是本小区上传的${imagesOnly ? '图片' : '文件'}`);
    }
    // A record that makes files public may only name the caller's own: not, say, a paper ballot's scan.
    if (uploadedBy !== undefined && found.some((a) => a.uploadedBy !== uploadedBy))
      throw new DomainException('VALIDATION_FAILED', `只能使用自己上传的${what}`);
    return found;
  }

  /**
   * Deletes files for good (a record's retention ended): their rows, and their bytes unless another row still
   * points at the same content.
   */
  async remove(ids: number[]): Promise<void> {
    for (const attachment of await this.byIds(ids)) {
      await this.attachments.delete({ id: attachment.id });
      if (!(await this.attachments.exists({ where: { storageKey: attachment.storageKey } })))
        await this.storage.delete(attachment.storageKey).catch((err: unknown) => this.unavailable(err));
    }
  }

  async setVisibility(ids: number[], visibility: AttachmentVisibility, manager: EntityManager): Promise<void> {
    if (ids.length > 0) await manager.update(Attachment, { id: In(ids) }, { visibility });
  }

  /**
   * The one read rule for every file: its uploader; anyone of the compound once a record published to the whole
   * compound cites it (`visibility: 'compound'`, set by that record's domain); otherwise exactly those the owning
   * domain admits to a record that cites it: the link table says which records those are. Anyone else gets the same 404 as for a file that does not exist.
   */
  async mayRead(principal: Principal, attachment: Attachment): Promise<boolean> {
    if (attachment.uploadedBy === principal.personId) return true;
    if (attachment.visibility === 'compound') {
      const compound = await this.places.getCompound(attachment.compoundId);
      if (principal.grants.some((g) => isWithin(compound.path, g.placePath))) return true;
    }
    const citing = await this.links.find({
      where: { attachmentId: attachment.id },
      select: { ownerKind: true, ownerId: true },
    });
    for (const [kind, reader] of this.linkReaders) {
      const ownerIds = citing.filter((l) => l.ownerKind === kind).map((l) => l.ownerId);
      if (ownerIds.length > 0 && (await reader(principal, ownerIds, attachment))) return true;
    }
    for (const reader of this.readers) if (await reader(principal, attachment)) return true;
    return false;
  }

  /** The bytes of a file the caller may read (see mayRead), checked against the digest recorded at upload. */
  async read(principal: Principal, attachmentId: number): Promise<{ attachment: Attachment; bytes: Buffer }> {
    const attachment = await this.attachments.findOne({ where: { id: attachmentId } });
    if (!attachment || !(await this.mayRead(principal, attachment))) throw new DomainException('NOT_FOUND');
    return { attachment, bytes: await this.bytes(attachment) };
  }

  /**
   * The bytes of a file, for a caller already let through (a signed link), never served unless they still hash to
   * the digest recorded at upload: bytes replaced in storage are an integrity alarm, refused with a code.
   */
  async bytes(attachment: Attachment): Promise<Buffer> {
    const bytes = await this.storage.get(attachment.storageKey).catch((err: unknown) => this.unavailable(err));
    if (sha256Of(bytes) !== attachment.sha256) {
      this.alarm(attachment, 'mismatch');
      throw new DomainException('FILE_INTEGRITY_FAILED');
    }
    return bytes;
  }

  /**
   * Re-hashes every stored file of a compound against its recorded digest; a file changed or gone is an integrity
   * alarm. Two checks of one compound at once share the same run.
   */
  verifyCompound(compoundId: number): Promise<{ checked: number; failed: FileIntegrityFailure[] }> {
    const running = this.verifying.get(compoundId);
    if (running) return running;
    const run = this.rehash(compoundId).finally(() => this.verifying.delete(compoundId));
    this.verifying.set(compoundId, run);
    return run;
  }

  private readonly verifying = new Map<number, Promise<{ checked: number; failed: FileIntegrityFailure[] }>>();

  private async rehash(compoundId: number): Promise<{ checked: number; failed: FileIntegrityFailure[] }> {
    const rows = await this.attachments.find({ where: { compoundId }, order: { id: 'ASC' } });
    const failed: FileIntegrityFailure[] = [];
    for (const attachment of rows) {
      const bytes = await this.storage.get(attachment.storageKey).catch((err: unknown) => {
        if (isMissing(err)) return null;
        return this.unavailable(err);
      });
      const reason = bytes === null ? 'missing' : sha256Of(bytes) !== attachment.sha256 ? 'mismatch' : null;
      if (reason) {
        this.alarm(attachment, reason);
        failed.push({ attachmentId: attachment.id, reason });
      }
    }
    return { checked: rows.length, failed };
  }

  /** Compounds that have stored files, for the scheduled re-hash. */
  async compoundsWithFiles(): Promise<number[]> {
    const rows = await this.attachments
      .createQueryBuilder('a')
      .select('DISTINCT a.compoundId', 'compoundId')
      .getRawMany<{ compoundId: number | string }>();
    return rows.map((r) => Number(r.compoundId));
  }

  private alarm(attachment: Attachment, reason: FileIntegrityFailure['reason']): void {
    this.logger.error(
      `INTEGRITY ALARM: file ${attachment.id} of compound ${attachment.compoundId} (${attachment.storageKey}) ` +
        (reason === 'missing' ? 'is missing from storage' : `no longer hashes to its recorded ${attachment.sha256}`),
    );
  }

  /** The store failing is the store's problem, said plainly; its error goes to the log with the request id. */
  private unavailable(err: unknown): never {
    this.logger.error(`file storage failed: ${(err as Error).message}`);
    throw new DomainException('STORAGE_UNAVAILABLE');
  }
}
