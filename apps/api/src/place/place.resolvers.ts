import { Injectable, mixin, type Type } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import type { DataSource, EntityTarget, FindOneOptions, Repository } from 'typeorm';
import type { PlaceResolver } from '../common/auth/access.decorator.js';
import type { ResolvedPlace } from '../common/auth/principal.js';
import { Place } from './place.entity.js';
import { Grid } from './grid.entity.js';
import { PlaceService } from './place.service.js';

/*
 * Another domain's resolver reads its own row's compoundId and asks PlaceService.resolvedCompound for the compound's
 * path: only this domain reads the place table.
 */

/**
 * The resolver for `:id` of another domain's row that names its compound in a `compoundId` column: that compound,
 * from the place tree cache. A domain declares one per entity: `export const ProposalResolver =
 * compoundRowResolver(Proposal);`
 */
export function compoundRowResolver(entity: EntityTarget<{ id: number; compoundId: number }>): Type<PlaceResolver> {
  @Injectable()
  class CompoundRowResolver implements PlaceResolver {
    constructor(
      @InjectDataSource() private readonly dataSource: DataSource,
      private readonly places: PlaceService,
    ) {}

    async resolvePlace(id: number): Promise<ResolvedPlace | null> {
      const options: FindOneOptions<{ id: number; compoundId: number }> = {
        where: { id },
        select: { id: true, compoundId: true },
      };
      const row = await this.dataSource.getRepository(entity).findOne(options);
      return row ? this.places.resolvedCompound(row.compoundId) : null;
    }
  }
  return mixin(CompoundRowResolver);
}

/** `:compoundId` → the compound (and only a compound: another level's id is not found). */
@Injectable()
export class CompoundResolver implements PlaceResolver {
  constructor(@InjectRepository(Place) private readonly places: Repository<Place>) {}

  async resolvePlace(id: number): Promise<ResolvedPlace | null> {
    const place = await this.places.findOne({ where: { id, level: 'compound' }, select: { id: true, path: true } });
    return place ? { placeId: place.id, path: place.path } : null;
  }
}

/** `:gridId` → the grid's compound, with the grid for grid workers. */
@Injectable()
export class GridResolver implements PlaceResolver {
  constructor(@InjectRepository(Grid) private readonly grids: Repository<Grid>) {}

  async resolvePlace(id: number): Promise<ResolvedPlace | null> {
    const row = await this.grids
      .createQueryBuilder('g')
      .innerJoin('g.compound', 'c')
      .select(['c.id AS placeId', 'c.path AS path'])
      .where('g.id = :id', { id })
      .getRawOne<{ placeId: number; path: string }>();
    return row ? { placeId: Number(row.placeId), path: row.path, gridId: id } : null;
  }
}

/** `:placeId` → any place of the tree (a community, a street, a district…). */
@Injectable()
export class AnyPlaceResolver implements PlaceResolver {
  constructor(@InjectRepository(Place) private readonly places: Repository<Place>) {}

  async resolvePlace(id: number): Promise<ResolvedPlace | null> {
    const place = await this.places.findOne({ where: { id }, select: { id: true, path: true } });
    return place ? { placeId: place.id, path: place.path } : null;
  }
}
