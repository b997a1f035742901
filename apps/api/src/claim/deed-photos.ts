import {
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
  type OnModuleInit,
} from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, IsNull, LessThan, Not, type Repository } from 'typeorm';
import { FilesService } from '../files/files.service.js';
import { PlaceService } from '../place/place.service.js';
import { wholeSeconds } from '../common/time/whole-seconds.js';
import { UnitClaim } from './unit-claim.entity.js';
import { decidesClaimsOf } from './claim-match.service.js';

/** A deed photo is kept this long after the claim is decided, then deleted. */
export const DEED_PHOTO_RETENTION_DAYS = 30;
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

/** Every hour, deletes the deed photos of claims decided more than DEED_PHOTO_RETENTION_DAYS ago: file and record. */
@Injectable()
export class DeedPhotoSweep implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(DeedPhotoSweep.name);
  private timer: NodeJS.Timeout | null = null;

  constructor(
    @InjectRepository(UnitClaim) private readonly claims: Repository<UnitClaim>,
    private readonly files: FilesService,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => {
      this.sweep().catch((err: unknown) => this.logger.error(`deed photo sweep failed: ${(err as Error).message}`));
    }, SWEEP_EVERY_MS);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    if (this.timer) clearInterval(this.timer);
  }

  /** One pass as of `now`; returns how many photos were deleted. */
  async sweep(now: Date = new Date()): Promise<number> {
    const before = new Date(now.getTime() - DEED_PHOTO_RETENTION_DAYS * 86_400_000);
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
    // A photo a pending claim still cites waits for that claim's own decision.
    const stillCited = await this.claims.find({ where: { deedPhotoId: In(photoIds) }, select: { deedPhotoId: true } });
    const cited = new Set(stillCited.map((c) => c.deedPhotoId));
    await this.files.remove(photoIds.filter((id) => !cited.has(id)));
    this.logger.log(`deed photos: ${photoIds.length} deleted ${DEED_PHOTO_RETENTION_DAYS} days after the decision`);
    return photoIds.length;
  }
}
