import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { AuditEntry } from './audit-entry.entity.js';

/** Every query of audit_entry. */
@Injectable()
export class AuditRepository {
  constructor(@InjectRepository(AuditEntry) private readonly entries: Repository<AuditEntry>) {}

  async insert(entry: Omit<AuditEntry, 'id'>): Promise<void> {
    await this.entries.insert(entry);
  }

  /** Entries on places below `pathPrefix`, newest first, before the id `before` (0: from the newest). */
  async page(filter: { pathPrefix: string; personId?: number; before: number; limit: number }): Promise<AuditEntry[]> {
    const query = this.entries
      .createQueryBuilder('a')
      .where('a.placePath LIKE :prefix', { prefix: `${filter.pathPrefix}%` })
      .orderBy('a.id', 'DESC')
      .take(filter.limit);
    if (filter.personId !== undefined) query.andWhere('a.personId = :personId', { personId: filter.personId });
    if (filter.before > 0) query.andWhere('a.id < :before', { before: filter.before });
    return query.getMany();
  }
}
