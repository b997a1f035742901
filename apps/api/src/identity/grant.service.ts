import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, type EntityManager, type Repository } from 'typeorm';
import type { Role } from '@xiaoqu/shared';
import { RoleGrant } from './role-grant.entity.js';
import { AccessCache } from './access-cache.js';

/** Who holds `role` on exactly this place, in `manager`'s transaction (identity's query, for a caller inside one). */
export async function holdersOfRoleIn(manager: EntityManager, role: Role, placeId: number): Promise<number[]> {
  const rows = await manager.find(RoleGrant, { where: { role, placeId }, select: { personId: true } });
  return [...new Set(rows.map((g) => g.personId))];
}

/** Grid workers of the given grids, in `manager`'s transaction. */
export async function gridWorkersIn(
  manager: EntityManager,
  gridIds: number[],
): Promise<{ gridId: number; personId: number }[]> {
  if (gridIds.length === 0) return [];
  const rows = await manager.find(RoleGrant, {
    where: { role: 'grid_worker', gridId: In(gridIds) },
    order: { id: 'ASC' },
  });
  return rows.map((g) => ({ gridId: g.gridId as number, personId: g.personId }));
}

/** A role holder's work number, for the people their work serves (complaints' handler contacts). */
export interface GrantContact {
  personId: number;
  workPhone: string | null;
}

/**
 * Holders of `role` on exactly this place (or, for grid workers, of these grids), with the work number of that grant,
 * in `manager`'s transaction.
 */
export async function grantContactsIn(
  manager: EntityManager,
  role: Role,
  scope: { placeId: number } | { gridIds: number[] },
): Promise<GrantContact[]> {
  if ('gridIds' in scope && scope.gridIds.length === 0) return [];
  const rows = await manager.find(RoleGrant, {
    where: 'gridIds' in scope ? { role, gridId: In(scope.gridIds) } : { role, placeId: scope.placeId },
    select: { id: true, personId: true, workPhone: true },
    order: { id: 'ASC' },
  });
  const byPerson = new Map<number, string | null>();
  for (const g of rows) if (!byPerson.get(g.personId)) byPerson.set(g.personId, g.workPhone);
  return [...byPerson].map(([personId, workPhone]) => ({ personId, workPhone }));
}

/** Grants and revokes roles. Granting twice is harmless: the unique key makes it idempotent. */
@Injectable()
export class GrantService {
  constructor(
    @InjectRepository(RoleGrant) private readonly grants: Repository<RoleGrant>,
    private readonly access: AccessCache,
  ) {}

  async grant(
    grant: {
      personId: number;
      role: Role;
      placeId: number;
      gridId?: number | null;
      grantedBy?: number | null;
      /** Set (or, with null, cleared) on the grant; left as it is when absent. */
      workPhone?: string | null;
    },
    manager: EntityManager = this.grants.manager,
  ): Promise<void> {
    const gridId = grant.gridId ?? null;
    await manager
      .createQueryBuilder()
      .insert()
      .into(RoleGrant)
      .values({
        personId: grant.personId,
        role: grant.role,
        placeId: grant.placeId,
        gridId,
        gridKey: gridId ?? 0,
        grantedBy: grant.grantedBy ?? null,
      })
      .orIgnore()
      .updateEntity(false)
      .execute();
    if (grant.workPhone !== undefined)
      await manager.update(
        RoleGrant,
        { personId: grant.personId, role: grant.role, placeId: grant.placeId, gridKey: gridId ?? 0 },
        { workPhone: grant.workPhone },
      );
    await this.access.changed(grant.personId, manager);
  }

  /** Sets (null: clears) the work number on every grant of `role` the person holds; how many grants there were. */
  async setWorkPhone(personId: number, role: Role, workPhone: string | null): Promise<number> {
    const result = await this.grants.update({ personId, role }, { workPhone });
    return result.affected ?? 0;
  }

  /** The work number on the person's grants of `roles` (the first one set, oldest grant first); null when none. */
  async workPhoneOf(personId: number, roles: readonly Role[]): Promise<string | null> {
    const rows = await this.grants.find({
      where: { personId, role: In([...roles]) },
      select: { id: true, workPhone: true },
      order: { id: 'ASC' },
    });
    return rows.find((g) => g.workPhone !== null)?.workPhone ?? null;
  }

  async revoke(
    grant: { personId: number; role: Role; placeId: number; gridId?: number | null },
    manager: EntityManager = this.grants.manager,
  ): Promise<boolean> {
    const result = await manager.delete(RoleGrant, {
      personId: grant.personId,
      role: grant.role,
      placeId: grant.placeId,
      gridKey: grant.gridId ?? 0,
    });
    if (!result.affected) return false;
    await this.access.changed(grant.personId, manager);
    return true;
  }

  /** People holding any role on exactly this place, with their roles. */
  async holdersOf(placeId: number): Promise<Map<number, Role[]>> {
    const rows = await this.grants.find({ where: { placeId }, order: { personId: 'ASC', id: 'ASC' } });
    const byPerson = new Map<number, Role[]>();
    for (const g of rows) byPerson.set(g.personId, [...(byPerson.get(g.personId) ?? []), g.role]);
    return byPerson;
  }

  /** Who holds `role` on exactly this place. */
  holdersOfRole(role: Role, placeId: number): Promise<number[]> {
    return holdersOfRoleIn(this.grants.manager, role, placeId);
  }

  /** Grid workers of the given grids. */
  gridWorkers(gridIds: number[]): Promise<{ gridId: number; personId: number }[]> {
    return gridWorkersIn(this.grants.manager, gridIds);
  }
}
