import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { EntityManager, Repository } from 'typeorm';
import type { ClaimDecisionAction, ClaimDecisionView, ClaimView } from '@xiaoqu/shared';
import type { Principal } from '../common/auth/principal.js';
import { DomainException } from '../common/errors/domain.exception.js';
import { FilesService } from '../files/files.service.js';
import { GrantService } from '../identity/grant.service.js';
import { PersonDirectory } from '../identity/person-directory.service.js';
import { UnitService } from '../place/unit.service.js';
import type { Unit } from '../place/unit.entity.js';
import { wholeSeconds } from '../common/time/whole-seconds.js';
import { UnitClaim } from './unit-claim.entity.js';
import { ClaimDecision } from './claim-decision.entity.js';
import { ClaimMatcher, CLAIM_DECIDERS } from './claim-match.service.js';
import { ClaimService, DEED_PHOTO } from './claim.service.js';

/** A decision's written reason: required, and not blank. */
function reasonOf(text: string): string {
  const reason = text.trim();
  if (!reason) throw new DomainException('VALIDATION_FAILED', '请写明原因，申请人会看到它');
  return reason;
}

/**
 * A community admin's decisions on claims: approve (after a confirm, with evidence beyond a name and a phone),
 * reject or revoke (with a reason). Each is appended to claim_decision, which is never updated.
 */
@Injectable()
export class ClaimDecisionService {
  constructor(
    @InjectRepository(UnitClaim) private readonly claims: Repository<UnitClaim>,
    @InjectRepository(ClaimDecision) private readonly decisions: Repository<ClaimDecision>,
    private readonly units: UnitService,
    private readonly grants: GrantService,
    private readonly people: PersonDirectory,
    private readonly files: FilesService,
    private readonly matcher: ClaimMatcher,
    private readonly views: ClaimService,
  ) {}

  /**
   * Approval makes the claimant an owner of the unit (and a resident and owner of its compound), at once. It needs
   * `confirm`, and evidence: the last six of the roster's deed/contract number matched, or a photo of the deed
   * (the claimant's, or one the admin takes now). A claim matched against an owner the roster has since replaced
   * cannot be approved: the claimant may be the seller.
   */
  async approve(
    claimId: number,
    admin: Principal,
    request: { confirm?: boolean; deedPhotoId?: number },
  ): Promise<ClaimView> {
    const pending = await this.claims.findOne({
      where: { id: claimId, status: 'pending' },
      relations: { unit: { building: true } },
    });
    if (!pending) throw new DomainException('CLAIM_NOT_PENDING');
    if (request.confirm !== true) throw new DomainException('CLAIM_CONFIRM_REQUIRED');
    const unit = pending.unit as Unit;
    if (pending.ownerKey && !(await this.units.stillOwnedUnder(unit, pending.ownerKey)))
      throw new DomainException('CLAIM_NOT_MATCHED', '花名册更新后这套房屋的登记业主已变更，请驳回，由申请人重新认证');
    if (request.deedPhotoId) {
      await this.files.requireOwn(pending.compoundId, [request.deedPhotoId], DEED_PHOTO, true, admin.personId);
      pending.deedPhotoId = request.deedPhotoId;
    }
    if (!(await this.matcher.match(pending, unit)).approvable) throw new DomainException('CLAIM_EVIDENCE_REQUIRED');
    await this.units.transaction(async (manager) => {
      const decided = await manager.update(
        UnitClaim,
        { id: claimId, status: 'pending' },
        { status: 'approved', decidedBy: admin.personId, decidedAt: wholeSeconds(), deedPhotoId: pending.deedPhotoId },
      );
      if (!decided.affected) throw new DomainException('CLAIM_NOT_PENDING');
      await this.units.addOwner(pending.personId, unit.id, claimId, manager);
      for (const role of ['resident', 'owner'] as const) {
        await this.grants.grant(
          { personId: pending.personId, role, placeId: pending.compoundId, grantedBy: admin.personId },
          manager,
        );
      }
      await this.record(manager, pending, 'approve', admin.personId, null);
    });
    return this.views.view(claimId, admin);
  }

  async reject(claimId: number, admin: Principal, reasonText: string): Promise<ClaimView> {
    const reason = reasonOf(reasonText);
    await this.units.transaction(async (manager) => {
      const decided = await manager.update(
        UnitClaim,
        { id: claimId, status: 'pending' },
        { status: 'rejected', decidedBy: admin.personId, decidedAt: wholeSeconds(), reason },
      );
      if (!decided.affected) throw new DomainException('CLAIM_NOT_PENDING');
      await this.record(
        manager,
        await manager.findOneByOrFail(UnitClaim, { id: claimId }),
        'reject',
        admin.personId,
        reason,
      );
    });
    return this.views.view(claimId, admin);
  }

  /**
   * Withdraws an approval, with a reason: the link it made is removed at once (the person no longer votes for the
   * unit, not even in a vote already open), and without another unit there they are no longer an owner of the
   * compound. The claimant sees the claim as revoked, with the reason.
   */
  async revoke(claimId: number, admin: Principal, reasonText: string): Promise<ClaimView> {
    const reason = reasonOf(reasonText);
    await this.units.transaction(async (manager) => {
      const revoked = await manager.update(
        UnitClaim,
        { id: claimId, status: 'approved' },
        { status: 'revoked', revokedAt: wholeSeconds(), reason },
      );
      if (!revoked.affected) throw new DomainException('CLAIM_NOT_APPROVED');
      const claim = await manager.findOneByOrFail(UnitClaim, { id: claimId });
      const noLongerOwner = await this.units.removeClaimedOwner(
        { personId: claim.personId, unitId: claim.unitId as number, claimId, compoundId: claim.compoundId },
        manager,
      );
      if (noLongerOwner)
        await this.grants.revoke({ personId: claim.personId, role: 'owner', placeId: claim.compoundId }, manager);
      await this.record(manager, claim, 'revoke', admin.personId, reason);
    });
    return this.views.view(claimId, admin);
  }

  /** Every decision on every claim of the claim's unit, oldest first. */
  async history(claimId: number): Promise<ClaimDecisionView[]> {
    const claim = await this.claims.findOne({ where: { id: claimId }, select: { id: true, unitId: true } });
    if (!claim?.unitId) throw new DomainException('NOT_FOUND');
    const rows = await this.decisions.find({ where: { unitId: claim.unitId }, order: { id: 'ASC' } });
    const contacts = await this.people.contacts(rows.map((r) => r.decidedBy));
    return rows.map((r) => ({
      id: r.id,
      claimId: r.claimId,
      action: r.action,
      decidedBy: { personId: r.decidedBy, name: contacts.get(r.decidedBy)?.name ?? null },
      role: r.role,
      reason: r.reason,
      at: r.at.toISOString(),
    }));
  }

  private async record(
    manager: EntityManager,
    claim: UnitClaim,
    action: ClaimDecisionAction,
    decidedBy: number,
    reason: string | null,
  ): Promise<void> {
    await manager.insert(ClaimDecision, {
      claimId: claim.id,
      unitId: claim.unitId as number,
      action,
      decidedBy,
      role: CLAIM_DECIDERS[0],
      reason,
    });
  }
}
