import type { EntityManager } from 'typeorm';
import { idsOfPath } from '../place/place-path.js';
import { generalGridOf, microGridOfBuilding } from '../place/place.service.js';
import { gridWorkersIn, holdersOfRoleIn } from '../identity/grant.service.js';
import {
  COMPLAINT_CATEGORY_LABELS,
  type ComplaintCategory,
  type ComplaintLevel,
  type ComplaintRoute,
} from '@xiaoqu/shared';

export interface Routing {
  route: ComplaintRoute;
  gridId: number | null;
  reason: string;
  /** The people told of a new item: the grid worker(s), the property staff, or the community admins. */
  handlerIds: number[];
}

/**
 * Whom a new complaint goes to, and why (DESIGN.md "Complaints"): property-service matters to the compound's
 * property company; the rest to the micro-grid worker of the building; with nobody assigned there, up to the
 * general grid, then to the community. Grants and grids are asked of identity and place, in the caller's transaction.
 */
export async function routeComplaint(
  manager: EntityManager,
  compound: { id: number; path: string; propertyCompany: string | null },
  buildingId: number | null,
  category: ComplaintCategory,
): Promise<Routing> {
  const label = COMPLAINT_CATEGORY_LABELS[category];
  if (category === 'property_service') {
    const staff = await holdersOfRoleIn(manager, 'property_staff', compound.id);
    if (staff.length > 0)
      return {
        route: 'property',
        gridId: null,
        reason: `${label}类诉求，转本小区物业服务企业${compound.propertyCompany ? `（${compound.propertyCompany}）` : ''}`,
        handlerIds: staff,
      };
  }
  const skipped: string[] = category === 'property_service' ? ['本小区未登记物业服务人员'] : [];

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

/**
 * Who answers for a complaint now, to be told when the resident urges it: at the ordinary level whom it was routed
 * to (the grid's workers, the property staff, or the community admins); escalated, the task force of its level (the
 * community admins for difficult, the street admins for major). With nobody there any more, the community admins.
 */
export async function currentHandlers(
  manager: EntityManager,
  complaint: { level: ComplaintLevel; route: ComplaintRoute; gridId: number | null; compoundId: number },
  compoundPath: string,
): Promise<number[]> {
  const ids = idsOfPath(compoundPath); // district, street, community, compound
  const community = ids.at(-2);
  const admins = (role: 'community_admin' | 'street_admin', placeId: number | undefined) =>
    placeId === undefined ? Promise.resolve([]) : holdersOfRoleIn(manager, role, placeId);
  let handlers: number[];
  if (complaint.level === 'major') handlers = await admins('street_admin', ids.at(-3));
  else if (complaint.level === 'difficult' || complaint.route === 'community')
    handlers = await admins('community_admin', community);
  else if (complaint.route === 'property')
    handlers = await holdersOfRoleIn(manager, 'property_staff', complaint.compoundId);
  else
    handlers = [
      ...new Set(
        (await gridWorkersIn(manager, complaint.gridId === null ? [] : [complaint.gridId])).map((w) => w.personId),
      ),
    ];
  return handlers.length > 0 ? handlers : admins('community_admin', community);
}
