import { createHash } from 'node:crypto';
import { Injectable, Logger } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, type EntityManager, type Repository } from 'typeorm';
import type { AttachmentView } from '@xiaoqu/shared';
import { DomainException } from '../common/errors/domain.exception.js';
import { MIME_OF, sniffFile, type FileKind } from '../common/files/sniff.js';
import { coveringGrants, type Principal } from '../common/auth/principal.js';
import { PlaceService } from '../place/place.service.js';
import { Attachment, type AttachmentVisibility } from './attachment.entity.js';
import { FileStorage } from './file-storage.js';

/** Roles that see a compound's unpublished files. */
export const STAFF_FILE_ROLES = [
  'property_staff',
  'supervisor',
  'committee_member',
  'community_admin',
  'street_admin',
  'district_admin',
  'grid_worker',
] as const;

export const toAttachmentView = (a: Attachment): AttachmentView => ({
  id: a.id,
  fileName: a.fileName,
  mime: a.mime,
  sizeBytes: a.sizeBytes,
  sha256: a.sha256,
});

/** A domain's say on who else may read one of its files (e.g. the resident who filed a complaint, its fix photos). */
export type AttachmentReader = (principal: Principal, attachment: Attachment) => Promise<boolean>;

/** Uploads and reads of files, checked by content and size, never half-stored. */
@Injectable()
export class FilesService {
  private readonly logger = new Logger(FilesService.name);
  private readonly readers: AttachmentReader[] = [];

  constructor(
    @InjectRepository(Attachment) private readonly attachments: Repository<Attachment>,
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
    const sha256 = createHash('sha256').update(file.buffer).digest('hex');
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

  /** Lets a domain admit more readers of its unpublished files than the compound's staff and the uploader. */
  addReader(reader: AttachmentReader): void {
    this.readers.push(reader);
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

  async setVisibility(ids: number[], visibility: AttachmentVisibility, manager: EntityManager): Promise<void> {
    if (ids.length > 0) await manager.update(Attachment, { id: In(ids) }, { visibility });
  }

  /** The bytes of a file the caller may read: published files to the compound, the others to its staff only. */
  async read(principal: Principal, attachmentId: number): Promise<{ attachment: Attachment; bytes: Buffer }> {
    const attachment = await this.attachments.findOne({ where: { id: attachmentId } });
    if (!attachment) throw new DomainException('NOT_FOUND');
    if (attachment.visibility === 'staff' && attachment.uploadedBy !== principal.personId) {
      const compound = await this.places.getCompound(attachment.compoundId);
      const staff =
        coveringGrants(principal, STAFF_FILE_ROLES, { placeId: compound.id, path: compound.path }).length > 0;
      if (!staff && !(await this.admittedByDomain(principal, attachment))) throw new DomainException('NOT_FOUND');
    }
    return {
      attachment,
      bytes: await this.storage.get(attachment.storageKey).catch((err: unknown) => this.unavailable(err)),
    };
  }

  private async admittedByDomain(principal: Principal, attachment: Attachment): Promise<boolean> {
    for (const reader of this.readers) if (await reader(principal, attachment)) return true;
    return false;
  }

  /** The bytes of a file, for a caller who has already been let through another way (a signed link). */
  async bytes(attachment: Attachment): Promise<Buffer> {
    return this.storage.get(attachment.storageKey).catch((err: unknown) => this.unavailable(err));
  }

  /** The store failing is the store's problem, said plainly; its error goes to the log with the request id. */
  private unavailable(err: unknown): never {
    this.logger.error(`file storage failed: ${(err as Error).message}`);
    throw new DomainException('STORAGE_UNAVAILABLE');
  }
}
