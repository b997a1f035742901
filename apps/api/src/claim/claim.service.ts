import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Not, type Repository } from 'typeorm';
import { ADMIN_ROLES, type ClaimStatus, type ClaimView } from '@xiaoqu/shared';
import { PiiCipher } from '../common/crypto/pii-cipher.js';
import { DomainException } from '../common/errors/domain.exception.js';
import { coveringGrants, grantsWithRoles, type Principal } from '../common/auth/principal.js';
import { GrantService } from '../identity/grant.service.js';
import { PersonDirectory, type PersonContact } from '../identity/person-directory.service.js';
import { PlaceService, toPlaceRef } from '../place/place.service.js';
import { UnitService } from '../place/unit.service.js';
import type { Place } from '../place/place.entity.js';
import type { Unit } from '../place/unit.entity.js';
import { UnitClaim } from './unit-claim.entity.js';
import { ClaimAttempt } from './claim-attempt.entity.js';
import { AppConfig } from '../common/config/app-config.js';
import type { CreateClaimDto } from './dto/claim.dto.js';

/** Today in China time (UTC+8, no daylight saving): the day the claim limit counts in. */
const chinaDay = (now = Date.now()) => new Date(now + 8 * 3600_000).toISOString().slice(0, 10);

/** Owner verification: a resident claims a unit, the roster must match, a community admin decides. */
@Injectable()
export class ClaimService {
  constructor(
    @InjectRepository(UnitClaim) private readonly claims: Repository<UnitClaim>,
    @InjectRepository(ClaimAttempt) private readonly attempts: Repository<ClaimAttempt>,
    private readonly config: AppConfig,
    private readonly places: PlaceService,
    private readonly units: UnitService,
    private readonly grants: GrantService,
    private readonly people: PersonDirectory,
    private readonly cipher: PiiCipher,
  ) {}

  async create(personId: number, request: CreateClaimDto): Promise<ClaimView> {
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
        ownerKey: unit.ownerKey,
      });
      return await this.view(Number(identifiers[0].id), false);
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
    return claims.map((c) => this.toView(c, true, contacts));
  }

  /**
   * Approval makes the claimant an owner of the unit (and a resident and owner of its compound), at once. A claim
   * matched against an owner the roster has since replaced cannot be approved: the claimant may be the seller.
   */
  async approve(claimId: number, adminId: number): Promise<ClaimView> {
    const pending = await this.claims.findOne({ where: { id: claimId, status: 'pending' }, relations: { unit: true } });
    if (pending?.unit && pending.ownerKey && !(await this.units.stillOwnedUnder(pending.unit, pending.ownerKey)))
      throw new DomainException('CLAIM_NOT_MATCHED', '花名册更新后这套房屋的登记业主已变更，请驳回，由申请人重新认证');
    await this.units.transaction(async (manager) => {
      const decided = await manager.update(
        UnitClaim,
        { id: claimId, status: 'pending' },
        { status: 'approved', decidedBy: adminId, decidedAt: new Date() },
      );
      if (!decided.affected) throw new DomainException('CLAIM_NOT_PENDING');
      const claim = await manager.findOneByOrFail(UnitClaim, { id: claimId });
      await this.units.addOwner(claim.personId, claim.unitId as number, claim.id, manager);
      for (const role of ['resident', 'owner'] as const) {
        await this.grants.grant(
          { personId: claim.personId, role, placeId: claim.compoundId, grantedBy: adminId },
          manager,
        );
      }
    });
    return this.view(claimId, true);
  }

  async reject(claimId: number, adminId: number, reason: string): Promise<ClaimView> {
    const decided = await this.claims.update(
      { id: claimId, status: 'pending' },
      { status: 'rejected', decidedBy: adminId, decidedAt: new Date(), reason: reason.trim() },
    );
    if (!decided.affected) throw new DomainException('CLAIM_NOT_PENDING');
    return this.view(claimId, true);
  }

  private async view(claimId: number, forAdmin: boolean): Promise<ClaimView> {
    const claim = await this.claims.findOne({
      where: { id: claimId },
      relations: { unit: { building: true }, compound: true },
    });
    if (!claim) throw new DomainException('NOT_FOUND');
    return this.toView(claim, forAdmin, forAdmin ? await this.people.contacts([claim.personId]) : undefined);
  }

  private toView(c: UnitClaim, forAdmin: boolean, contacts?: Map<number, PersonContact>): ClaimView {
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
      createdAt: c.createdAt.toISOString(),
      decidedAt: c.decidedAt ? c.decidedAt.toISOString() : null,
      reason: c.reason,
    };
  }
}
