import type { PlaceRef } from '@xiaoqu/shared';
import { accountApi } from '../../services/clients/account';
import { disclosureStaffGrants, type DisclosureStaffRole } from '../../services/places';

export interface StaffCompound {
  compound: PlaceRef;
  roles: DisclosureStaffRole[];
}

/** The first compound I hold a disclosure role on, and my roles there; null when I hold none. */
export async function staffCompound(): Promise<StaffCompound | null> {
  const grants = disclosureStaffGrants(await accountApi.me());
  const compound = grants[0]?.place ?? null;
  if (!compound) return null;
  return { compound, roles: grants.filter((g) => g.place.id === compound.id).map((g) => g.role) };
}
