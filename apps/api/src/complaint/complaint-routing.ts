import type { EntityManager } from 'typeorm';
import { idsOfPath } from '../place/place-path.js';
import { generalGridOf, microGridOfBuilding } from '../place/place.service.js';
import { grantContactsIn, gridWorkersIn, holdersOfRoleIn, type GrantContact } from '../identity/grant.service.js';
import {
  ABOUT_PROPERTY_CATEGORIES,
  COMPLAINT_CATEGORY_LABELS,
  handlingRoute,
  PROPERTY_ROUTED_CATEGORIES,
  type ComplaintCategory,
  type ComplaintLevel,
  type ComplaintRoute,
  type Role,
} from '@xiaoqu/shared';

export interface Routing {
  route: ComplaintRoute;
  gridId: number | null;
  reason: string;
  /** The people told of a new item: the grid worker(s), the property staff, or the community admins. */
  handlerIds: number[];
}

/**
 * Whom a new complaint goes to, and why (DESIGN.md "Complaints"): repairs (设施报修) to the compound's property
 * company; the rest — a complaint about the property company (投诉物业服务) always, and said so — to the micro-grid
 * worker of the building; with nobody assigned there, up to the general grid, then to the community. Grants and grids
 * are asked of identity and place, in the caller's transaction.
 */
export async function routeComplaint(
  manager: EntityManager,
  compound: { id: number; path: string; propertyCompany: string | null },
  buildingId: number | null,
  category: ComplaintCategory,
): Promise<Routing> {
  const label = COMPLAINT_CATEGORY_LABELS[category];
  const company = compound.propertyCompany ? `（${compound.propertyCompany}）` : '';
  const skipped: string[] = [];
  if (PROPERTY_ROUTED_CATEGORIES.includes(category)) {
    const staff = await holdersOfRoleIn(manager, 'property_staff', compound.id);
    if (staff.length > 0)
      return {
        route: 'property',
        gridId: null,
        reason: `${label}类诉求，转本小区物业服务企业${company}`,
        handlerIds: staff,
      };
    skipped.push('本小区未登记物业服务人员');
  }
  if (ABOUT_PROPERTY_CATEGORIES.includes(category))
    skipped.push(`这是对物业服务企业的投诉，不转被投诉的物业服务企业${company}，由网格员和社区处置`);

  const workersOf = async (gridId: number) => [
    ...new Set((await gridWorkersIn(manager, [gridId])).map((w) => w.personId)),
  ];

  let generalId: number | null = null;
  if (buildingId !== null) {
    const micro = await microGridOfBuilding(manager, compound.id, buildingId);
    if (micro) {
      const workers = await workersOf(micro.id);
      if (workers.length > 0)
        return {
          route: 'micro_grid',
          gridId: micro.id,
          reason: [...skipped, `所在楼栋属于${micro.name}，由该微网格员处置`].join('；'),
          handlerIds: workers,
        };
      skipped.push(`${micro.name}暂无网格员`);
      generalId = micro.parentId;
    } else skipped.push('所在楼栋未划入微网格');
  } else skipped.push('未指明楼栋');

  const general = await generalGridOf(manager, compound.id, generalId);
  if (general) {
    const workers = await workersOf(general.id);
    if (workers.length > 0)
      return {
        route: 'general_grid',
        gridId: general.id,
        reason: [...skipped, `由${general.name}网格员处置`].join('；'),
        handlerIds: workers,
      };
    skipped.push(`${general.name}暂无网格员`);
  }

  const communityId = idsOfPath(compound.path).at(-2); // the compound's parent
  const admins = communityId === undefined ? [] : await holdersOfRoleIn(manager, 'community_admin', communityId);
  return {
    route: 'community',
    gridId: null,
    reason: [...skipped, '转社区处置'].join('；'),
    handlerIds: admins,
  };
}

/** Who answers for a complaint now: a role, where, and the holders with their work numbers. */
export interface HandlerGroup {
  role: Role;
  /** The place the role is held on (the compound, community or street); null for grid workers. */
  placeId: number | null;
  gridId: number | null;
  contacts: GrantContact[];
}

/**
 * Who answers for a complaint now, to be told when the resident urges it and named to them: at the ordinary level
 * whom it was routed to (the grid's workers, the property staff, or the community admins); escalated, the task force
 * of its level (the community admins for difficult, the street admins for major). With nobody there any more, the
 * community admins. A complaint about the property company is never the company's, whatever its stored route.
 */
export async function currentHandlerGroup(
  manager: EntityManager,
  complaint: {
    level: ComplaintLevel;
    route: ComplaintRoute;
    category: ComplaintCategory;
    gridId: number | null;
    compoundId: number;
  },
  compoundPath: string,
): Promise<HandlerGroup> {
  const ids = idsOfPath(compoundPath); // district, street, community, compound
  const community = ids.at(-2) ?? null;
  const route = handlingRoute(complaint.route, complaint.category);
  const held = async (role: Role, placeId: number | null): Promise<HandlerGroup> => ({
    role,
    placeId,
    gridId: null,
    contacts: placeId === null ? [] : await grantContactsIn(manager, role, { placeId }),
  });
  let group: HandlerGroup;
  if (complaint.level === 'major') group = await held('street_admin', ids.at(-3) ?? null);
  else if (complaint.level === 'difficult' || route === 'community') group = await held('community_admin', community);
  else if (route === 'property') group = await held('property_staff', complaint.compoundId);
  else
    group = {
      role: 'grid_worker',
      placeId: null,
      gridId: complaint.gridId,
      contacts: await grantContactsIn(manager, 'grid_worker', {
        gridIds: complaint.gridId === null ? [] : [complaint.gridId],
      }),
    };
  return group.contacts.length > 0 || group.role === 'community_admin' ? group : held('community_admin', community);
}

/** The people who answer for a complaint now (see currentHandlerGroup). */
export async function currentHandlers(
  manager: EntityManager,
  complaint: Parameters<typeof currentHandlerGroup>[1],
  compoundPath: string,
): Promise<number[]> {
  return (await currentHandlerGroup(manager, complaint, compoundPath)).contacts.map((c) => c.personId);
}
