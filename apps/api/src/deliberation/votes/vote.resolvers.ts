import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import type { PlaceResolver } from '../../common/auth/access.decorator.js';
import type { ResolvedPlace } from '../../common/auth/principal.js';
import { PlaceService } from '../../place/place.service.js';
import { OwnerVote, Proposal, VoteObjection } from '../deliberation.entities.js';

@Injectable()
export class ProposalResolver implements PlaceResolver {
  constructor(
    @InjectRepository(Proposal) private readonly proposals: Repository<Proposal>,
    private readonly places: PlaceService,
  ) {}

  async resolvePlace(id: number): Promise<ResolvedPlace | null> {
    const row = await this.proposals.findOne({ where: { id }, select: { id: true, compoundId: true } });
    return row ? this.places.resolvedCompound(row.compoundId) : null;
  }
}

@Injectable()
export class OwnerVoteResolver implements PlaceResolver {
  constructor(
    @InjectRepository(OwnerVote) private readonly votes: Repository<OwnerVote>,
    private readonly places: PlaceService,
  ) {}

  async resolvePlace(id: number): Promise<ResolvedPlace | null> {
    const row = await this.votes.findOne({ where: { id }, select: { id: true, compoundId: true } });
    return row ? this.places.resolvedCompound(row.compoundId) : null;
  }
}

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
