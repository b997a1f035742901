import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import type { PlaceResolver } from '../../common/auth/access.decorator.js';
import type { ResolvedPlace } from '../../common/auth/principal.js';
import { PlaceService } from '../../place/place.service.js';
import { compoundRowResolver } from '../../place/place.resolvers.js';
import { OwnerVote, Proposal, VoteObjection } from '../deliberation.entities.js';

export const ProposalResolver = compoundRowResolver(Proposal);

export const OwnerVoteResolver = compoundRowResolver(OwnerVote);

/** `:objectionId` → the compound of the objection's vote. */
@Injectable()
export class ObjectionResolver implements PlaceResolver {
  constructor(
    @InjectRepository(VoteObjection) private readonly objections: Repository<VoteObjection>,
    private readonly places: PlaceService,
  ) {}

  async resolvePlace(id: number): Promise<ResolvedPlace | null> {
    const row = await this.objections.findOne({
      where: { id },
      relations: { vote: true },
      select: { id: true, vote: { id: true, compoundId: true } },
    });
    return row?.vote ? this.places.resolvedCompound(row.vote.compoundId) : null;
  }
}
