import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import type { PlaceResolver } from '../common/auth/access.decorator.js';
import type { ResolvedPlace } from '../common/auth/principal.js';
import { Attachment } from './attachment.entity.js';

/** `:attachmentId` → its compound. */
@Injectable()
export class AttachmentResolver implements PlaceResolver {
  constructor(@InjectRepository(Attachment) private readonly attachments: Repository<Attachment>) {}

  async resolvePlace(id: number): Promise<ResolvedPlace | null> {
    const row = await this.attachments
      .createQueryBuilder('a')
      .innerJoin('a.compound', 'c')
      .select(['c.id AS placeId', 'c.path AS path'])
      .where('a.id = :id', { id })
      .getRawOne<{ placeId: number; path: string }>();
    return row ? { placeId: Number(row.placeId), path: row.path } : null;
  }
}
