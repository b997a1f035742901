import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import type { PlaceResolver } from '../../common/auth/access.decorator.js';
import type { ResolvedPlace } from '../../common/auth/principal.js';
import { PlaceService } from '../../place/place.service.js';
import { ResidentPoll } from '../deliberation.entities.js';

@Injectable()
export class ResidentPollResolver implements PlaceResolver {
  constructor(
    @InjectRepository(ResidentPoll) private readonly polls: Repository<ResidentPoll>,
    private readonly places: PlaceService,
  ) {}

  async resolvePlace(id: number): Promise<ResolvedPlace | null> {
    const row = await this.polls.findOne({ where: { id }, select: { id: true, compoundId: true } });
    return row ? this.places.resolvedCompound(row.compoundId) : null;
  }
}
