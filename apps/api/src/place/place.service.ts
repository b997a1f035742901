import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, type EntityManager, type Repository } from 'typeorm';
import type {
  BuildingView,
  CompoundListItem,
  CompoundSummary,
  OwnedUnitView,
  Page,
  PlaceRef,
  UnitView,
} from '@xiaoqu/shared';
import { DomainException } from '../common/errors/domain.exception.js';
import { Place } from './place.entity.js';
import { Unit } from './unit.entity.js';
import { UnitOwnerRepository } from './unit-owner.repository.js';
import { Grid, GridBuilding } from './grid.entity.js';
import { decodeCursor, encodeCursor } from '../common/http/cursor.js';
import { idsOfPath } from './place-path.js';
import { TtlCache } from '../common/cache/ttl-cache.js';
import type { ResolvedPlace } from '../common/auth/principal.js';

export const toPlaceRef = (p: Pick<Place, 'id' | 'level' | 'name'>): PlaceRef => ({
  id: p.id,
  level: p.level,
  name: p.name,
});

/** The compound's first micro grid covering the building, in `manager`'s transaction (for a caller inside one). */
export function microGridOfBuilding(
  manager: EntityManager,
  compoundId: number,
  buildingId: number,
): Promise<Grid | null> {
  return manager
    .getRepository(Grid)
    .createQueryBuilder('g')
    .innerJoin(GridBuilding, 'gb', 'gb.gridId = g.id')
    .where('gb.buildingId = :buildingId AND g.kind = :kind AND g.compoundId = :compoundId', {
      buildingId,
      kind: 'micro',
      compoundId,
    })
    .orderBy('g.id')
    .limit(1)
    .getOne();
}

/** The compound's grid `gridId` (a micro grid's parent), or with none given its first general grid. */
export function generalGridOf(manager: EntityManager, compoundId: number, gridId: number | null): Promise<Grid | null> {
  return manager.findOne(Grid, {
    where: gridId === null ? { compoundId, kind: 'general' } : { compoundId, id: gridId },
    order: { id: 'ASC' },
  });
}

/** Reads of the place tree and its units. */
@Injectable()
export class PlaceService {
  constructor(
    @InjectRepository(Place) private readonly places: Repository<Place>,
    @InjectRepository(Unit) private readonly units: Repository<Unit>,
    @InjectRepository(Grid) private readonly grids: Repository<Grid>,
    @InjectRepository(GridBuilding) private readonly gridBuildings: Repository<GridBuilding>,
    private readonly owners: UnitOwnerRepository,
  ) {}

  /**
   * Compounds as access targets, by id. A compound's path is written once, when it is created, and never moves: kept
   * per replica, bounded (the oldest goes when full). Not-found is never kept.
   */
  private readonly compoundTargets = new TtlCache<number, ResolvedPlace>(10 * 60_000, 2000);

  /**
   * The place `compoundId` names (a row's compoundId) as an access target, or null when there is none: how another
   * domain's resolver finds the compound of its row without reading the place table itself.
   */
  async resolvedCompound(compoundId: number): Promise<ResolvedPlace | null> {
    let target = this.compoundTargets.get(compoundId);
    if (!target) {
      const place = await this.places.findOne({ where: { id: compoundId }, select: { id: true, path: true } });
      if (!place) return null;
      target = { placeId: place.id, path: place.path };
      this.compoundTargets.set(compoundId, target);
    }
    return { placeId: target.placeId, path: target.path };
  }

  /** A compound's grids with the buildings each covers. */
  async gridsOf(compoundId: number): Promise<{ grid: Grid; buildingIds: number[] }[]> {
    const grids = await this.grids.find({ where: { compoundId }, order: { id: 'ASC' } });
    if (grids.length === 0) return [];
    const links = await this.gridBuildings.find({
      where: { gridId: In(grids.map((g) => g.id)) },
      order: { buildingId: 'ASC' },
    });
    return grids.map((grid) => ({
      grid,
      buildingIds: links.filter((l) => l.gridId === grid.id).map((l) => l.buildingId),
    }));
  }

  async getGrid(gridId: number): Promise<Grid> {
    const grid = await this.grids.findOne({ where: { id: gridId } });
    if (!grid) throw new DomainException('NOT_FOUND');
    return grid;
  }

  /** Every place named on the given paths, by id: one query for any number of breadcrumbs. */
  async placesOnPaths(paths: string[]): Promise<Map<number, Place>> {
    const ids = [...new Set(paths.flatMap(idsOfPath))];
    if (ids.length === 0) return new Map();
    const rows = await this.places.find({ where: { id: In(ids) } });
    return new Map(rows.map((p) => [p.id, p]));
  }

  async getPlace(placeId: number): Promise<Place> {
    const place = await this.places.findOne({ where: { id: placeId } });
    if (!place) throw new DomainException('NOT_FOUND');
    return place;
  }

  /** The building, if it is one of this compound's. */
  findBuilding(compoundId: number, buildingId: number): Promise<Place | null> {
    return this.places.findOneBy({ id: buildingId, parentId: compoundId, level: 'building' });
  }

  async getCompound(compoundId: number): Promise<Place> {
    const compound = await this.places.findOne({ where: { id: compoundId, level: 'compound' } });
    if (!compound) throw new DomainException('NOT_FOUND');
    return compound;
  }

  /** The compounds inside the place at `path` (a prefix match), by id, with how many households each has. */
  async compoundsUnder(path: string): Promise<{ id: number; name: string; households: number }[]> {
    const rows = await this.places
      .createQueryBuilder('p')
      .select(['p.id AS id', 'p.name AS name'])
      .addSelect((sub) => sub.select('COUNT(*)').from(Unit, 'u').where('u.compoundId = p.id'), 'households')
      .where('p.level = :level AND p.path LIKE :prefix', { level: 'compound', prefix: `${path}%` })
      .orderBy('p.id')
      .getRawMany<{ id: number | string; name: string; households: number | string }>();
    return rows.map((r) => ({ id: Number(r.id), name: r.name, households: Number(r.households) }));
  }

  /** The grids of the compounds inside the place at `path`, by id, with their compound's name. */
  async gridsUnder(path: string): Promise<{ id: number; name: string; kind: Grid['kind']; compoundName: string }[]> {
    const rows = await this.grids
      .createQueryBuilder('g')
      .innerJoin('g.compound', 'p')
      .select(['g.id AS id', 'g.name AS name', 'g.kind AS kind', 'p.name AS compoundName'])
      .where('p.path LIKE :prefix', { prefix: `${path}%` })
      .orderBy('g.id')
      .getRawMany<{ id: number | string; name: string; kind: Grid['kind']; compoundName: string }>();
    return rows.map((r) => ({ id: Number(r.id), name: r.name, kind: r.kind, compoundName: r.compoundName }));
  }

  async compoundSummary(compoundId: number): Promise<CompoundSummary> {
    const compound = await this.getCompound(compoundId);
    const byId = await this.placesOnPaths([compound.path]);
    const [districtId, streetId, communityId] = idsOfPath(compound.path);
    const ref = (id: number) => toPlaceRef(byId.get(id) as Place);
    const [householdCount, buildingCount] = await Promise.all([
      this.units.count({ where: { compoundId } }),
      this.places.count({ where: { parentId: compoundId, level: 'building' } }),
    ]);
    return {
      id: compound.id,
      name: compound.name,
      district: ref(districtId),
      street: ref(streetId),
      community: ref(communityId),
      propertyCompany: compound.propertyCompany,
      householdCount,
      buildingCount,
    };
  }

  /** Compounds whose name contains `q`, optionally below a place; names of compounds are public, nothing else is returned. */
  async searchCompounds(opts: { q: string; within?: number; limit: number }): Promise<CompoundListItem[]> {
    const qb = this.places
      .createQueryBuilder('c')
      .where('c.level = :level', { level: 'compound' })
      .orderBy('c.name')
      .addOrderBy('c.id')
      .take(opts.limit);
    if (opts.q) qb.andWhere('c.name LIKE :name', { name: `%${opts.q.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%` });
    if (opts.within) {
      const within = await this.getPlace(opts.within);
      qb.andWhere('c.path LIKE :prefix', { prefix: `${within.path}%` });
    }
    const compounds = await qb.getMany();
    const byId = await this.placesOnPaths(compounds.map((c) => c.path));
    return compounds.map((c) => {
      const [, streetId, communityId] = idsOfPath(c.path);
      return {
        id: c.id,
        name: c.name,
        communityId,
        communityName: byId.get(communityId)?.name ?? '',
        streetId,
        streetName: byId.get(streetId)?.name ?? '',
      };
    });
  }

  async buildings(compoundId: number): Promise<BuildingView[]> {
    await this.getCompound(compoundId);
    const rows = await this.places
      .createQueryBuilder('b')
      .leftJoin(Unit, 'u', 'u.buildingId = b.id')
      .select(['b.id AS id', 'b.name AS name', 'COUNT(u.id) AS unitCount'])
      .where('b.parentId = :compoundId AND b.level = :level', { compoundId, level: 'building' })
      .groupBy('b.id')
      .addGroupBy('b.name')
      .orderBy('b.id')
      .getRawMany<{ id: number; name: string; unitCount: number | string }>();
    return rows.map((r) => ({ id: Number(r.id), name: r.name, unitCount: Number(r.unitCount) }));
  }

  async unitPage(
    compoundId: number,
    opts: { buildingId?: number; cursor?: string; limit: number; terms?: readonly string[] },
  ): Promise<Page<UnitView>> {
    const afterId = decodeCursor(opts.cursor);
    const qb = this.units
      .createQueryBuilder('u')
      .innerJoin('u.building', 'b')
      .select(['u.id', 'u.buildingId', 'u.entrance', 'u.room', 'u.areaCentiM2', 'b.name'])
      .where('u.compoundId = :compoundId AND u.id > :afterId', { compoundId, afterId })
      .orderBy('u.id')
      .take(opts.limit + 1);
    if (opts.buildingId) qb.andWhere('u.buildingId = :buildingId', { buildingId: opts.buildingId });
    // As the roster searches (UnitService.rosterPage): each word starts the building name or the room.
    (opts.terms ?? []).forEach((term, i) =>
      qb.andWhere(`(b.name LIKE :term${i} OR u.room LIKE :term${i})`, { [`term${i}`]: `${term}%` }),
    );
    const rows = await qb.getMany();
    const items = rows.slice(0, opts.limit).map((u) => toUnitView(u));
    return { items, nextCursor: rows.length > opts.limit ? encodeCursor(items[items.length - 1].id) : null };
  }

  /** The units the person owns now (links ended by a sale are history, not ownership). */
  async ownedUnits(personId: number): Promise<OwnedUnitView[]> {
    const units = await this.owners.currentUnitsOf(personId);
    return units.map((u) => ({
      unitId: u.id,
      compound: toPlaceRef(u.compound as Place),
      building: u.building?.name ?? '',
      entrance: u.entrance,
      room: u.room,
      areaCentiM2: u.areaCentiM2,
    }));
  }
}

export function toUnitView(u: Unit): UnitView {
  return {
    id: u.id,
    buildingId: u.buildingId,
    building: u.building?.name ?? '',
    entrance: u.entrance,
    room: u.room,
    areaCentiM2: u.areaCentiM2,
  };
}
