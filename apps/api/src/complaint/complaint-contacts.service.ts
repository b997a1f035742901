import { Injectable } from '@nestjs/common';
import {
  maskName,
  ROLE_LABELS,
  type ComplaintFilerContact,
  type ComplaintHandlerContact,
  type Role,
  type WorkPhoneRequest,
} from '@xiaoqu/shared';
import type { Principal } from '../common/auth/principal.js';
import { DomainException } from '../common/errors/domain.exception.js';
import { GrantService } from '../identity/grant.service.js';
import { PersonDirectory } from '../identity/person-directory.service.js';
import { PlaceService } from '../place/place.service.js';
import { currentHandlerGroup, type HandlerGroup } from './complaint-routing.js';
import type { Complaint } from './complaint.entities.js';
import { ComplaintRepository } from './complaint.repository.js';

/** Roles whose holders answer residents on the phone about complaints. */
const PHONED_ROLES = ['grid_worker', 'property_staff', 'community_admin', 'street_admin'] as const satisfies Role[];

/**
 * Who to call about a complaint: the filer is told who handles it now (name, role, a work number when the grant has
 * one, never the person's own number); the handler gets the filer's masked name, and their phone only when the filer
 * asked to be called back.
 */
@Injectable()
export class ComplaintContacts {
  constructor(
    private readonly complaints: ComplaintRepository,
    private readonly grants: GrantService,
    private readonly people: PersonDirectory,
    private readonly places: PlaceService,
  ) {}

  /** The people handling it now (`陈网格 · 3栋微网格员`), with their work numbers. */
  async handlersOf(complaint: Complaint): Promise<ComplaintHandlerContact[]> {
    const group = await currentHandlerGroup(this.complaints.manager, complaint, complaint.compound!.path);
    if (group.contacts.length === 0) return [];
    const [names, role] = await Promise.all([
      this.people.contacts(group.contacts.map((c) => c.personId)),
      this.roleLabel(group),
    ]);
    return group.contacts.map((c) => ({
      name: names.get(c.personId)?.name ?? ROLE_LABELS[group.role],
      role,
      phone: c.workPhone,
    }));
  }

  /** The filer as a handler sees them: masked name; phone only on request (callBack). */
  async filerOf(complaint: Complaint): Promise<ComplaintFilerContact> {
    const contact = (await this.people.contacts([complaint.filedBy])).get(complaint.filedBy);
    return {
      name: contact?.name ? maskName(contact.name) : '居民',
      phone: complaint.callBack ? (contact?.phone ?? null) : null,
    };
  }

  /** The number residents see for the caller as a handler (null: none, so they get no call button). */
  async workPhoneOf(principal: Principal): Promise<WorkPhoneRequest> {
    return { workPhone: await this.grants.workPhoneOf(principal.personId, PHONED_ROLES) };
  }

  /** A handler sets (or clears) the number residents may call them on, on every grant of theirs that handles. */
  async setWorkPhone(principal: Principal, body: WorkPhoneRequest): Promise<WorkPhoneRequest> {
    const workPhone = body.workPhone ?? null;
    let changed = 0;
    for (const role of new Set(principal.grants.map((g) => g.role)))
      if ((PHONED_ROLES as readonly Role[]).includes(role))
        changed += await this.grants.setWorkPhone(principal.personId, role, workPhone);
    if (changed === 0) throw new DomainException('FORBIDDEN', '只有处理诉求的工作人员可以设置工作电话');
    return { workPhone };
  }

  /** `3栋微网格员`, `物业服务人员`, `社区管理员（芳华社区）`. */
  private async roleLabel(group: HandlerGroup): Promise<string> {
    if (group.role === 'grid_worker' && group.gridId !== null) {
      const grid = await this.places.getGrid(group.gridId);
      return grid.name.endsWith('网格') ? `${grid.name}员` : `${grid.name}网格员`;
    }
    if (group.placeId === null || group.role === 'property_staff') return ROLE_LABELS[group.role];
    return `${ROLE_LABELS[group.role]}（${(await this.places.getPlace(group.placeId)).name}）`;
  }
}
