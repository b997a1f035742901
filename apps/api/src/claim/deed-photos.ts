import { Injectable, Logger, type OnApplicationBootstrap, type OnModuleInit } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, IsNull, LessThan, Not, type Repository } from 'typeorm';
import { FilesService } from '../files/files.service.js';
import { PlaceService } from '../place/place.service.js';
import { wholeSeconds } from '../common/time/whole-seconds.js';
import { ScheduledJobs } from '../scheduling/scheduled-jobs.service.js';
import { UnitClaim } from './unit-claim.entity.js';
import { DeedPhotoUpload } from './deed-photo-upload.entity.js';
import { decidesClaimsOf } from './claim-match.service.js';

/** A deed photo is kept this long after the claim is decided, then deleted. */
export const DEED_PHOTO_RETENTION_DAYS = 30;
/** A deed photo no claim cites (the claim did not match, or was never sent) is deleted this long after upload. */
export const DEED_PHOTO_UNCITED_DAYS = 7;
const DAY_MS = 86_400_000;
const SWEEP_EVERY_MS = 3600_000;

/**
 * Claims' part of the file read rule: a deed photo a claim cites is for its uploader (FilesService already says so)
 * and the admins who decide claims of its compound; nobody else, not other staff, not the street.
 */
@Injectable()
export class DeedPhotoReader implements OnModuleInit {
  constructor(
    @InjectRepository(UnitClaim) private readonly claims: Repository<UnitClaim>,
    private readonly files: FilesService,
    private readonly places: PlaceService,
  ) {}

  onModuleInit(): void {
    this.files.addReader(async (principal, attachment) => {
      if (!(await this.claims.exists({ where: { deedPhotoId: attachment.id } }))) return false;
      return decidesClaimsOf(principal, await this.places.getCompound(attachment.compoundId));
    });
  }
}

/**
 * Every hour, on the replica holding its lease (ScheduledJobs), deletes the deed photos of claims decided more than DEED_PHOTO_RETENTION_DAYS ago, and those no claim
 * cites DEED_PHOTO_UNCITED_DAYS after their upload: file and record.
 */
@Injectable()
export class DeedPhotoSweep implements OnApplicationBootstrap {
  private readonly logger = new Logger(DeedPhotoSweep.name);

  constructor(
    @InjectRepository(UnitClaim) private readonly claims: Repository<UnitClaim>,
    @InjectRepository(DeedPhotoUpload) private readonly uploads: Repository<DeedPhotoUpload>,
    private readonly files: FilesService,
    private readonly jobs: ScheduledJobs,
  ) {}

  onApplicationBootstrap(): void {
    this.jobs.leased('deed-photo-sweep', SWEEP_EVERY_MS, () => this.sweep());
  }

  /** One pass as of `now`; returns how many photos were deleted. */
  async sweep(now: Date = new Date()): Promise<number> {
    return (await this.sweepDecided(now)) + (await this.sweepUncited(now));
  }

  private async sweepDecided(now: Date): Promise<number> {
    const before = new Date(now.getTime() - DEED_PHOTO_RETENTION_DAYS * DAY_MS);
    const due = await this.claims.find({
      where: { deedPhotoId: Not(IsNull()), decidedAt: LessThan(before) },
      select: { id: true, deedPhotoId: true },
      take: 500,
    });
    if (due.length === 0) return 0;
    const photoIds = [...new Set(due.map((c) => c.deedPhotoId as number))];
    // The claims first: once they cite nothing, the file is nobody's to read, even if deleting it fails.
    await this.claims.update(
      { id: In(due.map((c) => c.id)) },
      { deedPhotoId: null, deedPhotoDeletedAt: wholeSeconds(now) },
    );
    const deleted = await this.removeUncited(photoIds);
    this.logger.log(`deed photos: ${deleted} deleted ${DEED_PHOTO_RETENTION_DAYS} days after the decision`);
    return deleted;
  }

  private async sweepUncited(now: Date): Promise<number> {
    const before = new Date(now.getTime() - DEED_PHOTO_UNCITED_DAYS * DAY_MS);
    const old = await this.uploads.find({ where: { createdAt: LessThan(before) }, take: 500 });
    const deleted = await this.removeUncited(old.map((u) => u.attachmentId));
    // The cited ones are the decided-claim rule's now: no longer tracked here.
    if (old.length > 0) await this.uploads.delete({ attachmentId: In(old.map((u) => u.attachmentId)) });
    if (deleted > 0) this.logger.log(`deed photos: ${deleted} never cited by a claim deleted`);
    return deleted;
  }

  /** Deletes those of the photos no claim cites (a pending claim's photo waits for its decision). */
  private async removeUncited(photoIds: number[]): Promise<number> {
    if (photoIds.length === 0) return 0;
    const cited = new Set(
      (await this.claims.find({ where: { deedPhotoId: In(photoIds) }, select: { deedPhotoId: true } })).map(
        (c) => c.deedPhotoId,
      ),
    );
    const gone = photoIds.filter((id) => !cited.has(id));
    if (gone.length === 0) return 0;
    await this.uploads.delete({ attachmentId: In(gone) });
    await this.files.remove(gone);
    return gone.length;
  }
}
