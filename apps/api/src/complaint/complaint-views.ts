import {
  handlingRoute,
  ROLE_LABELS,
  type MeTooView,
  type ComplaintEventView,
  type ComplaintLevel,
  type ComplaintView,
  type Role,
} from '@xiaoqu/shared';
import { allowedActions, type ComplaintRelation } from './complaint-access.js';
import type { Complaint, ComplaintEvent } from './complaint.entities.js';

/** What a complaint about the property company routed to it (before the two were told apart) now says. */
export const LEGACY_ABOUT_PROPERTY_REASON = '这是对物业服务企业的投诉，不由被投诉的物业服务企业处理，转社区处置';

const NO_ME_TOO: MeTooView = { count: 0, mine: false };

/**
 * A complaint as the caller sees it (before masking for others): its photos, its deadline, what they may do
 * (`urgedLevels`: the levels it was urged at, which decide whether the filer may urge again), its 我也遇到.
 */
export function complaintView(
  c: Complaint,
  relation: ComplaintRelation,
  photoIds: number[],
  now = Date.now(),
  urgedLevels: readonly ComplaintLevel[] = [],
  meToo: MeTooView = NO_ME_TOO,
): ComplaintView {
  const route = handlingRoute(c.route, c.category);
  return {
    id: c.id,
    compoundId: c.compoundId,
    compoundName: c.compound?.name ?? '',
    buildingId: c.buildingId,
    buildingName: c.building?.name ?? null,
    placeText: c.placeText,
    category: c.category,
    text: c.text,
    photoIds,
    visible: c.visible,
    status: c.status,
    level: c.level,
    route,
    routeReason: route === c.route ? c.routeReason : LEGACY_ABOUT_PROPERTY_REASON,
    gridId: c.gridId,
    due: c.dueAt && c.dueKind ? { kind: c.dueKind, at: c.dueAt.toISOString(), overdue: c.dueAt.getTime() < now } : null,
    createdAt: c.createdAt.toISOString(),
    mine: relation.filer,
    rating: c.rating,
    ratingComment: c.ratingComment,
    actions: allowedActions(relation, c, urgedLevels),
    callBack: c.callBack,
    meToo: c.visible ? meToo : NO_ME_TOO,
  };
}

/** The levels a timeline shows the complaint was urged at. */
export const urgedLevelsOf = (events: readonly Pick<ComplaintEvent, 'kind' | 'level'>[]): ComplaintLevel[] =>
  events.filter((e) => e.kind === 'urged').map((e) => e.level);

/** One timeline event, its actor named as the caller may know them (我, 居民, a role, 系统). */
export function complaintEventView(
  e: ComplaintEvent,
  c: Complaint,
  relation: ComplaintRelation,
  photoIds: number[],
): ComplaintEventView {
  const actor =
    e.actorRole === 'system'
      ? '系统'
      : e.actorRole === 'resident'
        ? relation.filer && e.actorId === c.filedBy
          ? '我'
          : '居民'
        : (ROLE_LABELS[e.actorRole as Role] ?? '工作人员');
  return {
    id: e.id,
    at: e.at.toISOString(),
    kind: e.kind,
    actor,
    fromStatus: e.fromStatus,
    toStatus: e.toStatus,
    level: e.level,
    note: e.note,
    photoIds,
  };
}
