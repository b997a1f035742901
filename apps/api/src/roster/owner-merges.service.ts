import { Injectable } from '@nestjs/common';
import type { OwnerMergeView } from '@xiaoqu/shared';
import { PersonDirectory } from '../identity/person-directory.service.js';
import { OwnerKeyService, type OwnerMergeRecord } from '../place/owner-keys.service.js';

/** The record of owner-key merges as community admins read it: each merge with the admin who made it, by name. */
@Injectable()
export class OwnerMergesService {
  constructor(
    private readonly keys: OwnerKeyService,
    private readonly people: PersonDirectory,
  ) {}

  async list(compoundId: number): Promise<OwnerMergeView[]> {
    return this.named(await this.keys.list(compoundId));
  }

  /** A community admin's merge: the owner of the second unit is the owner of the first, whose key survives. */
  async merge(compoundId: number, request: { unitIds: number[]; reason: string }, adminId: number) {
    const [view] = await this.named([await this.keys.merge(compoundId, request, adminId)]);
    return view;
  }

  private async named(records: OwnerMergeRecord[]): Promise<OwnerMergeView[]> {
    const contacts = await this.people.contacts(records.flatMap((m) => (m.mergedById ? [m.mergedById] : [])));
    return records.map(({ mergedById, ...m }) => ({
      ...m,
      mergedBy: mergedById ? { personId: mergedById, name: contacts.get(mergedById)?.name ?? null } : null,
    }));
  }
}
