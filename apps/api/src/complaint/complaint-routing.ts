import type { EntityManager } from 'typeorm';
import { idsOfPath } from '../place/place.service.js';
import { COMPLAINT_CATEGORY_LABELS, type ComplaintCategory, type ComplaintRoute } from '@xiaoqu/shared';

export interface Routing {
  route: ComplaintRoute;
  gridId: number | null;
  reason: string;
  /** The people told of a new item: the grid worker(s), the property staff, or the community admins. */
  handlerIds: number[];
}

const ids = (rows: { personId: number | string }[]) => [...new Set(rows.map((r) => Number(r.personId)))];

/**
 * Whom a new complaint goes to, and why (DESIGN.md "Complaints"): property-service matters to the compound's
 * property company; the rest to the micro-grid worker of the building; with nobody assigned there, up to the
 * general grid, then to the community.
 */
export async function routeComplaint(
  manager: EntityManager,
  compound: { id: number; path: string; propertyCompany: string | null },
  buildingId: number | null,
  category: ComplaintCategory,
): Promise<Routing> {
  const label = COMPLAINT_CATEGORY_LABELS[category];
  if (category === 'property_service') {
    const staff = (await manager.query(
      "SELECT personId FROM role_grant WHERE role = 'property_staff' AND placeId = ?",
      [compound.id],
    )) as { personId: number }[];
    if (staff.length > 0)
      return {
        route: 'property',
        gridId: null,
        reason: `${label}类诉求，转本小区物业服务企业${compound.propertyCompany ? `（${compound.propertyCompany}）` : ''}`,
        handlerIds: ids(staff),
      };
  }
  const skipped: string[] = category === 'property_service' ? ['本小区未登记物业服务人员'] : [];

  const workersOf = async (gridId: number) =>
    ids(
      (await manager.query("SELECT personId FROM role_grant WHERE role = 'grid_worker' AND gridId = ?", [gridId])) as {
        personId: number;
      }[],
    );

  let generalId: number | null = null;
  if (buildingId !== null) {
    const micro = (await manager.query(
      `SELECT g.id AS id, g.name AS name, g.parentId AS parentId FROM grid g
         JOIN grid_building gb ON gb.gridId = g.id
        WHERE gb.buildingId = ? AND g.kind = 'micro' AND g.compoundId = ? ORDER BY g.id LIMIT 1`,
      [buildingId, compound.id],
    )) as { id: number; name: string; parentId: number | null }[];
    if (micro[0]) {
      const workers = await workersOf(Number(micro[0].id));
      if (workers.length > 0)
        return {
          route: 'micro_grid',
          gridId: Number(micro[0].id),
          reason: [...skipped, `所在楼栋属于${micro[0].name}，由该微网格员处置`].join('；'),
          handlerIds: workers,
        };
      skipped.push(`${micro[0].name}暂无网格员`);
      generalId = micro[0].parentId === null ? null : Number(micro[0].parentId);
    } else skipped.push('所在楼栋未划入微网格');
  } else skipped.push('未指明楼栋');

  const general = (await manager.query(
    generalId === null
      ? "SELECT id, name FROM grid WHERE compoundId = ? AND kind = 'general' ORDER BY id LIMIT 1"
      : 'SELECT id, name FROM grid WHERE compoundId = ? AND id = ?',
    generalId === null ? [compound.id] : [compound.id, generalId],
  )) as { id: number; name: string }[];
  if (general[0]) {
    const workers = await workersOf(Number(general[0].id));
    if (workers.length > 0)
      return {
        route: 'general_grid',
        gridId: Number(general[0].id),
        reason: [...skipped, `由${general[0].name}网格员处置`].join('；'),
        handlerIds: workers,
      };
    skipped.push(`${general[0].name}暂无网格员`);
  }

  const communityId = idsOfPath(compound.path).at(-2); // the compound's parent
  const admins = (await manager.query(
    "SELECT personId FROM role_grant WHERE role = 'community_admin' AND placeId = ?",
    [communityId],
  )) as { personId: number }[];
  return {
    route: 'community',
    gridId: null,
    reason: [...skipped, '转社区处置'].join('；'),
    handlerIds: ids(admins),
  };
}
