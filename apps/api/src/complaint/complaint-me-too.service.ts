import { Injectable } from '@nestjs/common';
import type { MeTooView } from '@xiaoqu/shared';
import type { Principal } from '../common/auth/principal.js';
import { DomainException } from '../common/errors/domain.exception.js';
import { isWithin } from '../place/place-path.js';
import { canRead, relationTo } from './complaint-access.js';
import { ComplaintRepository } from './complaint.repository.js';

/** Roles that say 我也遇到: the compound's residents and owners, not its staff. */
const NEIGHBOURS = ['resident', 'owner'];

/**
 * 我也遇到 (+1): a resident of the compound says a public complaint happens to them too. One per person and
 * complaint (saying it twice changes nothing), counted, never named; the filer cannot add to their own.
 */
@Injectable()
export class ComplaintMeToo {
  constructor(private readonly complaints: ComplaintRepository) {}

  async set(principal: Principal, complaintId: number, on: boolean): Promise<MeTooView> {
    const complaint = await this.complaints.withPlaces().where('c.id = :id', { id: complaintId }).getOne();
    if (!complaint) throw new DomainException('NOT_FOUND');
    const path = complaint.compound!.path;
    const relation = relationTo(principal, complaint, path);
    if (!canRead(relation, complaint)) throw new DomainException('NOT_FOUND');
    const neighbour = principal.grants.some((g) => NEIGHBOURS.includes(g.role) && isWithin(path, g.placePath));
    // Only the public list's complaints, for the compound's own residents.
    if (!complaint.visible || !neighbour)
      throw new DomainException('FORBIDDEN', '只有本小区居民可以对公开的诉求点“我也遇到”');
    if (relation.filer)
      throw new DomainException('COMPLAINT_ACTION_NOT_ALLOWED', '这是您自己提的诉求，不需要点“我也遇到”');
    await this.complaints.setMeToo(complaint.id, principal.personId, on);
    return (
      (await this.complaints.meTooOf([complaint.id], principal.personId)).get(complaint.id) ?? {
        count: 0,
        mine: false,
      }
    );
  }
}
