import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import type { PlaceResolver } from '../common/auth/access.decorator.js';
import type { ResolvedPlace } from '../common/auth/principal.js';
import { UnitClaim } from './unit-claim.entity.js';

/** `:claimId` → the compound of the claimed unit. Failed attempts are nobody's business: not found. */
@Injectable()
export class ClaimResolver implements PlaceResolver {
  constructor(@InjectRepository(UnitClaim) private readonly claims: Repository<UnitClaim>) {}

  async resolvePlace(id: number): Promise<ResolvedPlace | null> {
    const row = await this.claims
      .createQueryBuilder('c')
      .innerJoin('c.compound', 'p')
      .select(['p.id AS placeId', 'p.path AS path'])
      .where("c.id = :id AND c.status <> 'unmatched'", { id })
      .getRawOne<{ placeId: number; path: string }>();
    return row ? { placeId: Number(row.placeId), path: row.path } : null;
  }
}
