import { SetMetadata, type Type } from '@nestjs/common';
import type { Role } from '@xiaoqu/shared';
import type { ResolvedPlace } from './principal.js';

export const ACCESS_KEY = 'xiaoqu:access';

/** Finds the place a route acts on from one of its path parameters; provided by the domain that owns the entity. */
export interface PlaceResolver {
  resolvePlace(id: number): Promise<ResolvedPlace | null>;
}

export type AccessRule =
  | { kind: 'public' }
  | { kind: 'authenticated' }
  | { kind: 'roles'; roles: readonly Role[]; place?: { param: string; resolver: Type<PlaceResolver> } };

/** Anyone, logged in or not. */
export const Public = () => SetMetadata(ACCESS_KEY, { kind: 'public' } satisfies AccessRule);

/** Any logged-in person; the service scopes what they see to themselves. */
export const Authenticated = () => SetMetadata(ACCESS_KEY, { kind: 'authenticated' } satisfies AccessRule);

/**
 * People holding one of `roles`. With `place`, the grant must cover the place that `resolver` finds for the
 * path parameter `param`; without it, the service must scope the answer to the places of the caller's grants.
 */
export const Roles = (roles: readonly Role[], place?: { param: string; resolver: Type<PlaceResolver> }) =>
  SetMetadata(ACCESS_KEY, { kind: 'roles', roles, ...(place ? { place } : {}) } satisfies AccessRule);
