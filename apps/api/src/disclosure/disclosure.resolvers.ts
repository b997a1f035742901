import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { PlaceResolver } from '../common/auth/access.decorator.js';
import { compoundBySql } from '../place/place.resolvers.js';

@Injectable()
export class AccountDisclosureResolver implements PlaceResolver {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}
  resolvePlace(id: number) {
    return compoundBySql(
      this.dataSource,
      'SELECT p.id AS placeId, p.path AS path FROM account_disclosure d JOIN place p ON p.id = d.compoundId WHERE d.id = ?',
      id,
    );
  }
}

@Injectable()
export class LineResolver implements PlaceResolver {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}
  resolvePlace(id: number) {
    return compoundBySql(
      this.dataSource,
      'SELECT p.id AS placeId, p.path AS path FROM disclosure_line l JOIN account_disclosure d ON d.id = l.disclosureId JOIN place p ON p.id = d.compoundId WHERE l.id = ?',
      id,
    );
  }
}

@Injectable()
export class QuestionResolver implements PlaceResolver {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}
  resolvePlace(id: number) {
    return compoundBySql(
      this.dataSource,
      'SELECT p.id AS placeId, p.path AS path FROM line_question q JOIN account_disclosure d ON d.id = q.disclosureId JOIN place p ON p.id = d.compoundId WHERE q.id = ?',
      id,
    );
  }
}
