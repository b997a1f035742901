import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { PlaceResolver } from '../../common/auth/access.decorator.js';
import { compoundBySql } from '../../place/place.resolvers.js';

@Injectable()
export class ProposalResolver implements PlaceResolver {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}
  resolvePlace(id: number) {
    return compoundBySql(
      this.dataSource,
      'SELECT p.id AS placeId, p.path AS path FROM proposal x JOIN place p ON p.id = x.compoundId WHERE x.id = ?',
      id,
    );
  }
}

@Injectable()
export class OwnerVoteResolver implements PlaceResolver {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}
  resolvePlace(id: number) {
    return compoundBySql(
      this.dataSource,
      'SELECT p.id AS placeId, p.path AS path FROM owner_vote v JOIN place p ON p.id = v.compoundId WHERE v.id = ?',
      id,
    );
  }
}

@Injectable()
export class ObjectionResolver implements PlaceResolver {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}
  resolvePlace(id: number) {
    return compoundBySql(
      this.dataSource,
      'SELECT p.id AS placeId, p.path AS path FROM vote_objection o JOIN owner_vote v ON v.id = o.voteId JOIN place p ON p.id = v.compoundId WHERE o.id = ?',
      id,
    );
  }
}
