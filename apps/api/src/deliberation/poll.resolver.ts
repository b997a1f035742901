import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { PlaceResolver } from '../common/auth/access.decorator.js';
import type { ResolvedPlace } from '../common/auth/principal.js';

@Injectable()
export class ResidentPollResolver implements PlaceResolver {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async resolvePlace(id: number): Promise<ResolvedPlace | null> {
    const rows = (await this.dataSource.query(
      'SELECT p.id AS placeId, p.path AS path FROM resident_poll x JOIN place p ON p.id = x.compoundId WHERE x.id = ?',
      [id],
    )) as { placeId: number; path: string }[];
    return rows[0] ? { placeId: Number(rows[0].placeId), path: rows[0].path } : null;
  }
}
