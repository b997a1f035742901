import {
  ADMIN_ROLES,
  type CompoundListItem,
  type MeResponse,
  type PlaceRef,
  type Role,
  type RoleGrantView,
} from '@xiaoqu/shared';

/** The compound the home page shows: the first compound among my roles, else the compound of my first unit. */
export function firstCompound(me: MeResponse): PlaceRef | null {
  for (const grant of me.roles) {
    if (grant.place.level === 'compound') return grant.place;
    const inPath = grant.placePath.find((p) => p.level === 'compound');
    if (inPath) return inPath;
  }
  return me.units[0]?.compound ?? null;
}

/** Community or street admins see the admin subpackage. */
export function adminGrants(me: MeResponse): RoleGrantView[] {
  return me.roles.filter((grant) => (ADMIN_ROLES as readonly string[]).includes(grant.role));
}

/** `成华区 · 某街道 · 某社区 · 锦绣花园`, whether or not placePath already ends with the place itself. */
export function placeTrail(grant: RoleGrantView): string {
  const trail = grant.placePath.filter((p) => p.id !== grant.place.id || p.level !== grant.place.level);
  return [...trail, grant.place].map((p) => p.name).join(' · ');
}

/** Roles that prepare (property staff) or review (supervisor, committee) a compound's disclosures. */
export const DISCLOSURE_STAFF_ROLES = [
  'property_staff',
  'supervisor',
  'committee_member',
] as const satisfies readonly Role[];
export type DisclosureStaffRole = (typeof DISCLOSURE_STAFF_ROLES)[number];

/** My grants that open the disclosure staff pages, each on a compound. */
export function disclosureStaffGrants(me: MeResponse): (RoleGrantView & { role: DisclosureStaffRole })[] {
  return me.roles.filter(
    (grant): grant is RoleGrantView & { role: DisclosureStaffRole } =>
      (DISCLOSURE_STAFF_ROLES as readonly string[]).includes(grant.role) && grant.place.level === 'compound',
  );
}

/** What I may do in a compound's deliberation: organise votes (committee, community admin) and vote (owner). */
export function deliberationRoles(me: MeResponse, compoundId: number): { organiser: boolean; owner: boolean } {
  const onCompound = (grant: RoleGrantView) =>
    (grant.place.level === 'compound' && grant.place.id === compoundId) ||
    grant.placePath.some((p) => p.level === 'compound' && p.id === compoundId);
  const organiser = me.roles.some(
    (g) => (g.role === 'committee_member' && onCompound(g)) || g.role === 'community_admin',
  );
  const owner =
    me.roles.some((g) => g.role === 'owner' && onCompound(g)) || me.units.some((u) => u.compound.id === compoundId);
  return { organiser, owner };
}

/** My grants on a community, street or district with no compound of their own: their holder picks a compound. */
export function aboveCompoundGrants(me: MeResponse): RoleGrantView[] {
  return me.roles.filter(
    (g) =>
      (g.place.level === 'community' || g.place.level === 'street' || g.place.level === 'district') &&
      !g.placePath.some((p) => p.level === 'compound'),
  );
}

/** The compound an admin picked, as kept in storage: whose choice it was, so that another login does not inherit it. */
export interface CompoundChoice {
  personId: number;
  compound: PlaceRef;
}

export function compoundChoiceOf(me: MeResponse, item: Pick<CompoundListItem, 'id' | 'name'>): CompoundChoice {
  return { personId: me.id, compound: { id: item.id, level: 'compound', name: item.name } };
}

/** The stored choice when it is mine and I still hold a grant above compounds; null otherwise. */
export function storedCompound(stored: unknown, me: MeResponse): PlaceRef | null {
  if (aboveCompoundGrants(me).length === 0 || typeof stored !== 'object' || stored === null) return null;
  const { personId, compound } = stored as Partial<CompoundChoice>;
  if (personId !== me.id || typeof compound !== 'object' || compound === null) return null;
  if (!Number.isInteger(compound.id) || typeof compound.name !== 'string' || compound.level !== 'compound') return null;
  return { id: compound.id, level: 'compound', name: compound.name };
}
