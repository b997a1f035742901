import { Injectable } from '@nestjs/common';
import { maskPhone, type CompoundStaffRole, type GridView, type MemberView } from '@xiaoqu/shared';
import { DomainException } from '../common/errors/domain.exception.js';
import { GrantService } from '../identity/grant.service.js';
import { PersonDirectory } from '../identity/person-directory.service.js';
import { PlaceService } from '../place/place.service.js';

/** The community office's staff work: who works where in its compounds. */
@Injectable()
export class AdminService {
  constructor(
    private readonly grants: GrantService,
    private readonly people: PersonDirectory,
    private readonly places: PlaceService,
  ) {}

  /** Everyone holding a role on the compound: names in full for the admins who keep the list, phones masked. */
  async members(compoundId: number): Promise<MemberView[]> {
    await this.places.getCompound(compoundId);
    const holders = await this.grants.holdersOf(compoundId);
    const contacts = await this.people.contacts([...holders.keys()]);
    return [...holders.entries()].map(([personId, roles]) => {
      const contact = contacts.get(personId);
      return {
        personId,
        name: contact?.name ?? `用户${personId}`,
        phone: contact?.phone ? maskPhone(contact.phone) : '',
        roles: [...new Set(roles)],
      };
    });
  }

  async grantStaff(
    compoundId: number,
    personId: number,
    role: CompoundStaffRole,
    adminId: number,
    workPhone?: string | null,
  ): Promise<MemberView[]> {
    await this.places.getCompound(compoundId);
    if (!(await this.people.exists(personId)))
      throw new DomainException('NOT_FOUND', '没有找到这个用户，请让对方先登录一次小程序');
    await this.grants.grant({ personId, role, placeId: compoundId, grantedBy: adminId, workPhone });
    return this.members(compoundId);
  }

  async revokeStaff(compoundId: number, personId: number, role: CompoundStaffRole): Promise<MemberView[]> {
    if (!(await this.grants.revoke({ personId, role, placeId: compoundId }))) throw new DomainException('NOT_FOUND');
    return this.members(compoundId);
  }

  async grids(compoundId: number): Promise<GridView[]> {
    await this.places.getCompound(compoundId);
    const grids = await this.places.gridsOf(compoundId);
    const workers = await this.grants.gridWorkers(grids.map((g) => g.grid.id));
    const contacts = await this.people.contacts(workers.map((w) => w.personId));
    return grids.map(({ grid, buildingIds }) => ({
      id: grid.id,
      kind: grid.kind,
      name: grid.name,
      parentId: grid.parentId,
      buildingIds,
      workers: workers
        .filter((w) => w.gridId === grid.id)
        .map((w) => ({ personId: w.personId, name: contacts.get(w.personId)?.name ?? `用户${w.personId}` })),
    }));
  }

  async assignGridWorker(
    gridId: number,
    personId: number,
    adminId: number,
    workPhone?: string | null,
  ): Promise<GridView[]> {
    const grid = await this.places.getGrid(gridId);
    if (!(await this.people.exists(personId)))
      throw new DomainException('NOT_FOUND', '没有找到这个用户，请让对方先登录一次小程序');
    await this.grants.grant({
      personId,
      role: 'grid_worker',
      placeId: grid.compoundId,
      gridId,
      grantedBy: adminId,
      workPhone,
    });
    return this.grids(grid.compoundId);
  }

  async unassignGridWorker(gridId: number, personId: number): Promise<GridView[]> {
    const grid = await this.places.getGrid(gridId);
    if (!(await this.grants.revoke({ personId, role: 'grid_worker', placeId: grid.compoundId, gridId })))
      throw new DomainException('NOT_FOUND');
    return this.grids(grid.compoundId);
  }
}
