import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import type { PlaceResolver } from '../common/auth/access.decorator.js';
import type { ResolvedPlace } from '../common/auth/principal.js';
import { PlaceService } from '../place/place.service.js';
import { compoundRowResolver } from '../place/place.resolvers.js';
import { AccountDisclosure, DisclosureLine, LineQuestion } from './disclosure.entities.js';

export const AccountDisclosureResolver = compoundRowResolver(AccountDisclosure);

/** `:lineId` → the compound of the line's period. */
@Injectable()
export class LineResolver implements PlaceResolver {
  constructor(
    @InjectRepository(DisclosureLine) private readonly lines: Repository<DisclosureLine>,
    private readonly places: PlaceService,
  ) {}

  async resolvePlace(id: number): Promise<ResolvedPlace | null> {
    const row = await this.lines.findOne({
      where: { id },
      relations: { disclosure: true },
      select: { id: true, disclosure: { id: true, compoundId: true } },
    });
    return row?.disclosure ? this.places.resolvedCompound(row.disclosure.compoundId) : null;
  }
}

/** `:questionId` → the compound of the question's period. */
@Injectable()
export class QuestionResolver implements PlaceResolver {
  constructor(
    @InjectRepository(LineQuestion) private readonly questions: Repository<LineQuestion>,
    private readonly places: PlaceService,
  ) {}

  async resolvePlace(id: number): Promise<ResolvedPlace | null> {
    const row = await this.questions
      .createQueryBuilder('q')
      .innerJoin(AccountDisclosure, 'd', 'd.id = q.disclosureId')
      .select('d.compoundId', 'compoundId')
      .where('q.id = :id', { id })
      .getRawOne<{ compoundId: number | string }>();
    return row ? this.places.resolvedCompound(Number(row.compoundId)) : null;
  }
}
