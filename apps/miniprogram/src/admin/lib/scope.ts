import type { CompoundListItem, MeResponse } from '@xiaoqu/shared';
import { adminGrants } from '../../services/places';

/** Compounds an admin may import for: those of their community (community admin) or street (street admin). */
export function inScope(me: MeResponse, compound: CompoundListItem): boolean {
  return adminGrants(me).some((grant) =>
    grant.place.level === 'street' ? compound.streetId === grant.place.id : compound.communityId === grant.place.id,
  );
}
