import {
  ABOUT_PROPERTY_CATEGORIES,
  COMPLAINT_TRANSITIONS,
  handlingRoute,
  complaintTransition,
  mayUrge,
  type ComplaintAction,
  type ComplaintLevel,
  type Role,
} from '@xiaoqu/shared';
import { coveringGrants, type Principal } from '../common/auth/principal.js';
import type { Complaint } from './complaint.entities.js';
import { isWithin } from '../place/place-path.js';

/** Admins who see and act on every complaint of the places they administer (the task forces of levels 2 and 3). */
export const COMPLAINT_ADMIN_ROLES = ['community_admin', 'street_admin', 'district_admin'] as const satisfies Role[];

/** What the caller is to one complaint, decided once and used for reads and actions alike. */
export interface ComplaintRelation {
  filer: boolean;
  /** The grid worker of its grid, the property staff it was routed to, or an admin above it. */
  handler: boolean;
  /** The role the handler acts in, for the timeline. */
  handlerRole: Role | null;
  /** Anyone of the compound (a resident, an owner, its staff): may read it when the filer made it visible. */
  ofCompound: boolean;
  /**
   * The caller works for the property company a complaint about that company is about: they never read it (unless
   * they filed it), so that nobody is pressed by the company they complained of.
   */
  complainedOf: boolean;
}

export function relationTo(principal: Principal, complaint: Complaint, compoundPath: string): ComplaintRelation {
  const target = { placeId: complaint.compoundId, path: compoundPath };
  const admin = coveringGrants(principal, COMPLAINT_ADMIN_ROLES, target)[0];
  const grid =
    complaint.gridId === null
      ? undefined
      : principal.grants.find(
          (g) => g.role === 'grid_worker' && g.gridId === complaint.gridId && isWithin(target.path, g.placePath),
        );
  const propertyGrant = coveringGrants(principal, ['property_staff'], target)[0];
  const property = handlingRoute(complaint.route, complaint.category) === 'property' ? propertyGrant : undefined;
  const handlerGrant = grid ?? property ?? admin;
  return {
    filer: complaint.filedBy === principal.personId,
    handler: handlerGrant !== undefined,
    handlerRole: handlerGrant?.role ?? null,
    ofCompound: principal.grants.some((g) => isWithin(target.path, g.placePath)),
    complainedOf:
      propertyGrant !== undefined && admin === undefined && ABOUT_PROPERTY_CATEGORIES.includes(complaint.category),
  };
}

export const canRead = (r: ComplaintRelation, complaint: Complaint): boolean =>
  r.filer || r.handler || (complaint.visible && r.ofCompound && !r.complainedOf);

/**
 * The actions the caller may take now: the state machine's, limited to what their relation allows. Withdrawing and
 * urging are the filer's alone; urging once per level (`urgedLevels`: the levels of the complaint's `urged` events).
 */
export function allowedActions(
  r: ComplaintRelation,
  complaint: Complaint,
  urgedLevels: readonly ComplaintLevel[] = [],
): ComplaintAction[] {
  return (Object.keys(COMPLAINT_TRANSITIONS) as ComplaintAction[]).filter((action) => {
    const by = COMPLAINT_TRANSITIONS[action].by;
    const who = by === 'handler' ? r.handler : by === 'filer' ? r.filer : false;
    return (
      who &&
      complaintTransition(complaint.status, action) !== null &&
      !(action === 'escalate' && complaint.level === 'major') &&
      !(action === 'urge' && !mayUrge(complaint, urgedLevels))
    );
  });
}
