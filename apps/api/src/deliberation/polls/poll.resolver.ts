import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { PlaceResolver } from '../../common/auth/access.decorator.js';
import { compoundBySql } from '../../place/place.resolvers.js';

@Injectable()
export class ResidentPollResolver implements PlaceResolver {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  resolvePlace(id: number) {
    return compoundBySql(
      this.dataSource,
      'SELECT p.id AS placeId, p.path AS path FROM resident_poll x JOIN place p ON p.id = x.compoundId WHERE x.id = ?',
      id,
    );
  }
}
