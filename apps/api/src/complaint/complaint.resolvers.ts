import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { PlaceResolver } from '../common/auth/access.decorator.js';
import type { ResolvedPlace } from '../common/auth/principal.js';
import { compoundBySql } from '../place/place.resolvers.js';

/** `:complaintId` → its compound, and its grid: a grid worker of another grid is refused before any handler runs. */
@Injectable()
export class ComplaintResolver implements PlaceResolver {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async resolvePlace(id: number): Promise<ResolvedPlace | null> {
    const rows = (await this.dataSource.query(
      'SELECT p.id AS placeId, p.path AS path, c.gridId AS gridId FROM complaint c JOIN place p ON p.id = c.compoundId WHERE c.id = ?',
      [id],
    )) as { placeId: number; path: string; gridId: number | null }[];
    const row = rows[0];
    if (!row) return null;
    return {
      placeId: Number(row.placeId),
      path: row.path,
      ...(row.gridId === null ? {} : { gridId: Number(row.gridId) }),
    };
  }
}

@Injectable()
export class CompoundPlanResolver implements PlaceResolver {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  resolvePlace(id: number) {
    return compoundBySql(
      this.dataSource,
      'SELECT p.id AS placeId, p.path AS path FROM compound_plan x JOIN place p ON p.id = x.compoundId WHERE x.id = ?',
      id,
    );
  }
}
