import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Not, type Repository } from 'typeorm';
import { ADMIN_ROLES, deedLast6, type ClaimMatchView, type ClaimStatus, type ClaimView } from '@xiaoqu/shared';
import { PiiCipher } from '../common/crypto/pii-cipher.js';
import { DomainException } from '../common/errors/domain.exception.js';
import { coveringGrants, grantsWithRoles, type Principal } from '../common/auth/principal.js';
import { PersonDirectory, type PersonContact } from '../identity/person-directory.service.js';
import { PlaceService, toPlaceRef } from '../place/place.service.js';
import { UnitService } from '../place/unit.service.js';
import type { Place } from '../place/place.entity.js';
import type { Unit } from '../place/unit.entity.js';
import { UnitClaim } from './unit-claim.entity.js';
import { ClaimAttempt } from './claim-attempt.entity.js';
import { DeedPhotoUpload } from './deed-photo-upload.entity.js';
import { AppConfig } from '../common/config/app-config.js';
import { FilesService } from '../files/files.service.js';
import type { CreateClaimDto } from './dto/claim.dto.js';
import { ClaimMatcher, decidesClaimsOf } from './claim-match.service.js';

/** Today in China time (UTC+8, no daylight saving): the day the claim limit counts in. */
const chinaDay = (now = Date.now()) => new Date(now + 8 * 3600_000).toISOString().slice(0, 10);

/** The words a deed photo is named by in refusals. */
export const DEED_PHOTO = '不动产权证或购房合同照片';

/**
 * Owner verification, the claimant's side and the lists: a resident claims a unit, the roster must match; a
 * community admin decides (ClaimDecisionService).
 */
@Injectable()
export class ClaimService {
  constructor(
    @InjectRepository(UnitClaim) private readonly claims: Repository<UnitClaim>,
    @InjectRepository(ClaimAttempt) private readonly attempts: Repository<ClaimAttempt>,
    @InjectRepository(DeedPhotoUpload) private readonly deedUploads: Repository<DeedPhotoUpload>,
    private readonly config: AppConfig,
    private readonly places: PlaceService,
    private readonly units: UnitService,
    private readonly people: PersonDirectory,
    private readonly cipher: PiiCipher,
    private readonly files: FilesService,
    private readonly matcher: ClaimMatcher,
  ) {}

  /** Stores a photo of the deed for a claim on a unit of the compound: the claimant's own, and only an image. */
  async storeDeedPhoto(compoundId: number, file: { fileName: string; buffer: Buffer }, personId: number) {
    await this.places.getCompound(compoundId);
    const stored = await this.files.store(compoundId, file, personId, ['jpeg', 'png', 'webp']);
    await this.deedUploads.insert({ attachmentId: stored.id });
    return stored;
  }

  async create(personId: number, request: CreateClaimDto): Promise<ClaimView> {
    const last6 = request.deedLast6 === undefined ? null : deedLast6(request.deedLast6);
    if (request.deedLast6 !== undefined && !last6)
      throw new DomainException('VALIDATION_FAILED', '不动产权证号或购房合同号后六位应是 6 位数字或字母');
    if (request.deedPhotoId)
      await this.files.requireOwn(request.compoundId, [request.deedPhotoId], DEED_PHOTO, true, personId);
    // Every attempt holds one of the day's failures until it is known to match: 50 guesses at once take at most 5.
    const day = chinaDay();
    if (!(await this.reserveFailure(personId, day))) throw new DomainException('CLAIM_TOO_MANY_ATTEMPTS');
    let matched = true;
    try {
      await this.places.getCompound(request.compoundId);
      const unit = await this.units.findUnit(request.compoundId, request.building, request.room);
      if (!unit || !this.units.matchesOwner(unit, request.ownerName, request.phoneLast4)) {
        matched = false;
        await this.claims.insert({
          personId,
          compoundId: request.compoundId,
          unitId: unit?.id ?? null,
          status: 'unmatched',
          claimedNameSealed: this.cipher.encrypt(request.ownerName.trim()),
        });
        throw new DomainException('CLAIM_NOT_MATCHED');
      }
      if (await this.units.isOwner(personId, unit.id)) throw new DomainException('CLAIM_ALREADY_OWNER');
      if (await this.claims.exists({ where: { personId, unitId: unit.id, status: 'pending' } }))
        throw new DomainException('CLAIM_ALREADY_PENDING');
      const { identifiers } = await this.claims.insert({
        personId,
        compoundId: request.compoundId,
        unitId: unit.id,
        status: 'pending',
        claimedNameSealed: this.cipher.encrypt(request.ownerName.trim()),
        claimedPhoneLast4Sealed: this.cipher.encrypt(request.phoneLast4),
        deedLast6Hash: last6 ? this.matcher.deedHash(unit, last6) : null,
        deedPhotoId: request.deedPhotoId ?? null,
        ownerKey: unit.ownerKey,
      });
      return await this.view(Number(identifiers[0].id));
    } finally {
      if (matched) await this.attempts.decrement({ personId, day }, 'failures', 1);
    }
  }

  /** Takes one of the day's failures if any is left: one conditional UPDATE, atomic on SQLite and MariaDB. */
  private async reserveFailure(personId: number, day: string): Promise<boolean> {
    await this.attempts.createQueryBuilder().insert().values({ personId, day, failures: 0 }).orIgnore().execute();
    const taken = await this.attempts
      .createQueryBuilder()
      .update()
      .set({ failures: () => 'failures + 1' })
      .where('personId = :personId AND day = :day AND failures < :max', {
        personId,
        day,
        max: this.config.CLAIM_MAX_UNMATCHED_PER_DAY,
      })
      .execute();
    return (taken.affected ?? 0) > 0;
  }

  async mine(personId: number): Promise<ClaimView[]> {
    const rows = await this.claims.find({
      where: { personId, status: Not('unmatched') },
      relations: { unit: { building: true }, compound: true },
      order: { id: 'DESC' },
    });
    return rows.map((c) => this.toView(c, false));
  }

  /** How many claims wait for a decision in the compounds under `path` (an admin's place): one COUNT. */
  pendingUnder(path: string): Promise<number> {
    return this.claims
      .createQueryBuilder('c')
      .innerJoin('c.compound', 'p')
      .where("c.status = 'pending' AND p.path LIKE :prefix", { prefix: `${path}%` })
      .getCount();
  }

  /** Claims in the places the admin covers, newest first; `compoundId` narrows to one compound they cover. */
  async forAdmin(principal: Principal, filter: { status?: ClaimStatus; compoundId?: number }): Promise<ClaimView[]> {
    const paths = grantsWithRoles(principal, ADMIN_ROLES).map((g) => g.placePath);
    if (filter.compoundId) {
      const compound = await this.places.getCompound(filter.compoundId);
      if (coveringGrants(principal, ADMIN_ROLES, { placeId: compound.id, path: compound.path }).length === 0)
        throw new DomainException('FORBIDDEN');
    }
    const qb = this.claims
      .createQueryBuilder('c')
      .innerJoinAndSelect('c.compound', 'p')
      .innerJoinAndSelect('c.unit', 'u')
      .innerJoinAndSelect('u.building', 'b')
      .where("c.status <> 'unmatched'")
      .orderBy('c.id', 'DESC')
      .take(200);
    qb.andWhere(
      `(${paths.map((_, i) => `p.path LIKE :path${i}`).join(' OR ')})`,
      Object.fromEntries(paths.map((p, i) => [`path${i}`, `${p}%`])),
    );
    if (filter.status) qb.andWhere('c.status = :status', { status: filter.status });
    if (filter.compoundId) qb.andWhere('c.compoundId = :compoundId', { compoundId: filter.compoundId });
    const claims = await qb.getMany();
    const contacts = await this.people.contacts(claims.map((c) => c.personId));
    const views: ClaimView[] = [];
    for (const c of claims) views.push(this.toView(c, true, contacts, await this.matchFor(principal, c)));
    return views;
  }

  /** One claim for an admin who decides it: with the roster match field by field. */
  async forDecider(principal: Principal, claimId: number): Promise<ClaimView> {
    return this.view(claimId, principal);
  }

  /** The match, for those who decide claims of its compound only. */
  private async matchFor(principal: Principal, c: UnitClaim): Promise<ClaimMatchView | null> {
    return decidesClaimsOf(principal, c.compound as Place) ? this.matcher.match(c, c.unit as Unit) : null;
  }

  /** A claim as its claimant sees it, or (with `admin`) as an admin does, with the match when they decide it. */
  async view(claimId: number, admin?: Principal): Promise<ClaimView> {
    const claim = await this.claims.findOne({
      where: { id: claimId },
      relations: { unit: { building: true }, compound: true },
    });
    if (!claim) throw new DomainException('NOT_FOUND');
    if (!admin) return this.toView(claim, false);
    const contacts = await this.people.contacts([claim.personId]);
    return this.toView(claim, true, contacts, await this.matchFor(admin, claim));
  }

  private toView(
    c: UnitClaim,
    forAdmin: boolean,
    contacts?: Map<number, PersonContact>,
    match: ClaimMatchView | null = null,
  ): ClaimView {
    const unit = c.unit as Unit;
    return {
      id: c.id,
      status: c.status as ClaimStatus,
      compound: toPlaceRef(c.compound as Place),
      unitId: unit.id,
      building: unit.building?.name ?? '',
      entrance: unit.entrance,
      room: unit.room,
      areaCentiM2: unit.areaCentiM2,
      claimant: forAdmin
        ? {
            personId: c.personId,
            name: contacts?.get(c.personId)?.name ?? null,
            claimedOwnerName: this.cipher.decrypt(c.claimedNameSealed),
          }
        : null,
      match,
      createdAt: c.createdAt.toISOString(),
      decidedAt: c.decidedAt ? c.decidedAt.toISOString() : null,
      revokedAt: c.revokedAt ? c.revokedAt.toISOString() : null,
      reason: c.reason,
    };
  }
}
