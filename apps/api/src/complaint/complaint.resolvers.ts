import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import type { PlaceResolver } from '../common/auth/access.decorator.js';
import type { ResolvedPlace } from '../common/auth/principal.js';
import { PlaceService } from '../place/place.service.js';
import { compoundRowResolver } from '../place/place.resolvers.js';
import { Complaint, CompoundPlan } from './complaint.entities.js';

/** `:complaintId` → its compound, and its grid: a grid worker of another grid is refused before any handler runs. */
@Injectable()
export class ComplaintResolver implements PlaceResolver {
  constructor(
    @InjectRepository(Complaint) private readonly complaints: Repository<Complaint>,
    private readonly places: PlaceService,
  ) {}

  async resolvePlace(id: number): Promise<ResolvedPlace | null> {
    const row = await this.complaints.findOne({ where: { id }, select: { id: true, compoundId: true, gridId: true } });
    if (!row) return null;
    const compound = await this.places.resolvedCompound(row.compoundId);
    if (!compound) return null;
    return { ...compound, ...(row.gridId === null ? {} : { gridId: row.gridId }) };
  }
}

export const CompoundPlanResolver = compoundRowResolver(CompoundPlan);
