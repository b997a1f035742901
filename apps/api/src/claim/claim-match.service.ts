import { Injectable } from '@nestjs/common';
import type { ClaimFieldMatch, ClaimMatchView } from '@xiaoqu/shared';
import { coveringGrants, type Principal } from '../common/auth/principal.js';
import { PiiCipher } from '../common/crypto/pii-cipher.js';
import { RosterDeedsService, type RosterPlace } from '../roster/roster-deeds.service.js';
import type { Place } from '../place/place.entity.js';
import type { Unit } from '../place/unit.entity.js';
import type { UnitClaim } from './unit-claim.entity.js';

/** Who decides claims, and so alone sees their match, deed photos and history: the compound's community admins. */
export const CLAIM_DECIDERS = ['community_admin'] as const;

/** May the caller decide claims of this compound? */
export function decidesClaimsOf(principal: Principal, compound: Pick<Place, 'id' | 'path'>): boolean {
  return coveringGrants(principal, CLAIM_DECIDERS, { placeId: compound.id, path: compound.path }).length > 0;
}

/** Compares what a claimant gave with the roster as it is now, field by field. */
@Injectable()
export class ClaimMatcher {
  constructor(
    private readonly cipher: PiiCipher,
    private readonly deeds: RosterDeedsService,
  ) {}

  /** The unit's place in the roster (its building must be loaded). */
  placeOf(unit: Unit): RosterPlace {
    return { compoundId: unit.compoundId, building: unit.building?.name ?? '', room: unit.room };
  }

  /** The keyed hash a claimant's last six is kept as: comparable with the roster's, and nothing else. */
  deedHash(unit: Unit, last6: string): string {
    return this.deeds.hash(this.placeOf(unit), last6);
  }

  /** The match of a claim on its unit (loaded with its building). */
  async match(claim: UnitClaim, unit: Unit): Promise<ClaimMatchView> {
    const rosterName = unit.developerUnsold ? null : this.cipher.decryptOptional(unit.ownerNameSealed);
    const rosterPhone = unit.developerUnsold ? null : this.cipher.decryptOptional(unit.ownerPhoneSealed);
    const claimedPhone = this.cipher.decryptOptional(claim.claimedPhoneLast4Sealed);
    const rosterDeed = await this.deeds.hashOf(this.placeOf(unit));
    const ownerName = compare(this.cipher.decrypt(claim.claimedNameSealed).trim(), rosterName, (a, b) => a === b);
    const phoneLast4 = compare(claimedPhone, rosterPhone, (given, phone) => phone.replace(/\D/g, '').endsWith(given));
    const deedLast6 = compare(claim.deedLast6Hash, rosterDeed, (a, b) => a === b);
    const deedPhoto = claim.deedPhotoId ? 'attached' : claim.deedPhotoDeletedAt ? 'deleted' : 'none';
    return {
      ownerName,
      phoneLast4,
      deedLast6,
      deedPhoto,
      deedPhotoId: claim.deedPhotoId,
      approvable: claim.status === 'pending' && (deedLast6 === 'matched' || deedPhoto === 'attached'),
    };
  }
}

/** The roster's side missing is said before the claimant's: "not on the roster" even when nothing was given. */
function compare(
  given: string | null,
  roster: string | null,
  equal: (given: string, roster: string) => boolean,
): ClaimFieldMatch {
  if (!roster) return 'not_on_roster';
  if (!given) return 'not_given';
  return equal(given, roster) ? 'matched' : 'mismatched';
}
