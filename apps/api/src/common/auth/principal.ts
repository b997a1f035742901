import type { Role } from '@xiaoqu/shared';

/** One grant of the caller, with the materialised path of its place. */
export interface PrincipalGrant {
  role: Role;
  placeId: number;
  placePath: string;
  gridId: number | null;
}

/** Who is calling: set on the request by the AccessGuard for every non-public route. */
export interface Principal {
  personId: number;
  grants: PrincipalGrant[];
}

/** A place a route acts on, as the AccessGuard needs it. */
export interface ResolvedPlace {
  placeId: number;
  path: string;
  /** When the target sits in a grid (a grid, or something routed to one), grid workers must hold that grid. */
  gridId?: number;
}

/** Grants of the principal with one of `roles` that cover `target` (its place or an ancestor of it). */
export function coveringGrants(principal: Principal, roles: readonly Role[], target: ResolvedPlace): PrincipalGrant[] {
  return principal.grants.filter(
    (g) =>
      roles.includes(g.role) &&
      target.path.startsWith(g.placePath) &&
      (g.gridId === null || target.gridId === undefined || g.gridId === target.gridId),
  );
}

/** Grants of the principal with one of `roles`, anywhere. */
export function grantsWithRoles(principal: Principal, roles: readonly Role[]): PrincipalGrant[] {
  return principal.grants.filter((g) => roles.includes(g.role));
}
