import { COMPLAINT_LEVEL_LABELS, type ComplaintLevel } from './deadline.js';

/**
 * What a complaint is about: the fixed list residents choose from (DESIGN.md "Complaints"). `facilities` is a repair
 * request (报修), sent to the compound's property company; `property_service` is a complaint about that company
 * (投诉物业服务), never sent to it.
 */
export const COMPLAINT_CATEGORIES = [
  'noise',
  'sanitation',
  'parking',
  'property_service',
  'facilities',
  'safety',
  'neighbour',
  'greening',
  'other',
] as const;
export type ComplaintCategory = (typeof COMPLAINT_CATEGORIES)[number];

export const COMPLAINT_CATEGORY_LABELS: Record<ComplaintCategory, string> = {
  noise: '噪音扰民',
  sanitation: '环境卫生',
  parking: '停车管理',
  property_service: '投诉物业服务',
  facilities: '设施报修',
  safety: '安全隐患',
  neighbour: '邻里纠纷',
  greening: '绿化养护',
  other: '其他',
};

/**
 * Where a complaint stands. `reopened`: the resident said the resolution did not solve it. `withdrawn`: the resident
 * took it back before it was accepted; it ends there.
 */
export const COMPLAINT_STATUSES = [
  'submitted',
  'accepted',
  'in_progress',
  'resolved',
  'reopened',
  'closed',
  'withdrawn',
] as const;
export type ComplaintStatus = (typeof COMPLAINT_STATUSES)[number];

export const COMPLAINT_STATUS_LABELS: Record<ComplaintStatus, string> = {
  submitted: '待受理',
  accepted: '已受理',
  in_progress: '处理中',
  resolved: '已办结待确认',
  reopened: '已退回重办',
  closed: '已关闭',
  withdrawn: '已撤回',
};

/** Where the handlers owe nothing more (no deadline applies): resolved, closed, or withdrawn by the resident. */
const HANDLER_DONE: readonly ComplaintStatus[] = ['resolved', 'closed', 'withdrawn'];

/** Whether the handlers are still asked to act on a complaint in `status`: a deadline applies and it is in the inbox. */
export const awaitsHandler = (status: ComplaintStatus): boolean => !HANDLER_DONE.includes(status);

/** The statuses of a complaint still open and not resolved: handlers are working on it (or should be). */
const OPEN_UNRESOLVED = ['submitted', 'accepted', 'in_progress', 'reopened'] as const;

/** What can be done to a complaint, by whom, from which statuses, and the status it leads to. */
export const COMPLAINT_TRANSITIONS = {
  accept: { by: 'handler', from: ['submitted'], to: 'accepted' },
  start: { by: 'handler', from: ['accepted', 'reopened'], to: 'in_progress' },
  resolve: { by: 'handler', from: ['accepted', 'in_progress', 'reopened'], to: 'resolved' },
  confirm: { by: 'filer', from: ['resolved'], to: 'closed' },
  reopen: { by: 'filer', from: ['resolved'], to: 'reopened' },
  auto_close: { by: 'system', from: ['resolved'], to: 'closed' },
  /** Up one level; the status stays. By hand (handler, with a reason) or by the scheduler past a deadline. */
  escalate: { by: 'handler', from: OPEN_UNRESOLVED, to: null },
  /** The filer takes it back before anyone accepted it; it ends. */
  withdraw: { by: 'filer', from: ['submitted'], to: 'withdrawn' },
  /**
   * 催办: the filer presses the handlers; the status stays. Once per level (see `mayUrge`): an escalation brings new
   * handlers, who may be urged again. On the timeline as an event of kind `urged`.
   */
  urge: { by: 'filer', from: OPEN_UNRESOLVED, to: null },
} as const satisfies Record<
  string,
  { by: 'handler' | 'filer' | 'system'; from: readonly ComplaintStatus[]; to: ComplaintStatus | null }
>;
export type ComplaintAction = keyof typeof COMPLAINT_TRANSITIONS;
export const COMPLAINT_ACTIONS = Object.keys(COMPLAINT_TRANSITIONS) as ComplaintAction[];

export const COMPLAINT_ACTION_LABELS: Record<ComplaintAction, string> = {
  accept: '受理',
  start: '开始处理',
  resolve: '办结',
  confirm: '确认并评价',
  reopen: '退回重办',
  auto_close: '超时自动关闭',
  escalate: '升级',
  withdraw: '撤回',
  urge: '催办',
};

/** The status `action` leads to from `status`, or null when the action is not allowed there. */
export function complaintTransition(status: ComplaintStatus, action: ComplaintAction): ComplaintStatus | null {
  const t = COMPLAINT_TRANSITIONS[action];
  if (!(t.from as readonly ComplaintStatus[]).includes(status)) return null;
  return t.to ?? status;
}

/**
 * Whether the filer may urge now: the complaint is open and not resolved, and they have not urged it at its current
 * level yet (`urgedLevels`: the levels of its `urged` timeline events).
 */
export function mayUrge(
  complaint: { status: ComplaintStatus; level: ComplaintLevel },
  urgedLevels: readonly ComplaintLevel[],
): boolean {
  return complaintTransition(complaint.status, 'urge') !== null && !urgedLevels.includes(complaint.level);
}

/** What a resolution (办结) must say: what was done, in at least this many characters. */
export const RESOLVE_NOTE_MIN_LENGTH = 4;
/** Repairs: a resolution shows the fix in at least one photo. */
export const RESOLVE_PHOTO_CATEGORIES: readonly ComplaintCategory[] = ['facilities'];

/** Why a resolution cannot be sent as it is, in words for the handler; null when it can. */
export function resolveProblem(
  category: ComplaintCategory,
  resolution: { note: string; photoCount: number },
): string | null {
  if (resolution.note.trim().length < RESOLVE_NOTE_MIN_LENGTH)
    return `办结请写明处理情况（至少 ${RESOLVE_NOTE_MIN_LENGTH} 个字）`;
  if (RESOLVE_PHOTO_CATEGORIES.includes(category) && resolution.photoCount < 1)
    return `${COMPLAINT_CATEGORY_LABELS[category]}类诉求办结须上传至少一张处理后的照片`;
  return null;
}

/** A resolution the resident does not answer closes itself after this many days. */
export const AUTO_CLOSE_DAYS = 7;
export const MAX_COMPLAINT_PHOTOS = 9;

/** Whom a complaint was routed to. */
export const COMPLAINT_ROUTES = ['micro_grid', 'general_grid', 'property', 'community'] as const;
export type ComplaintRoute = (typeof COMPLAINT_ROUTES)[number];

/** Repairs (报修): routed to the compound's property company, with the grid path when it has no staff registered. */
export const PROPERTY_ROUTED_CATEGORIES: readonly ComplaintCategory[] = ['facilities'];
/** Complaints about the property company itself: never routed to it, never shown to its staff as theirs. */
export const ABOUT_PROPERTY_CATEGORIES: readonly ComplaintCategory[] = ['property_service'];

/**
 * Whom a complaint is with, as it reads to people: the route it was given, except that a complaint about the property
 * company is never the company's (rows routed there before the two were told apart read as the community's).
 */
export function handlingRoute(route: ComplaintRoute, category: ComplaintCategory): ComplaintRoute {
  return route === 'property' && ABOUT_PROPERTY_CATEGORIES.includes(category) ? 'community' : route;
}

/** Who a complaint is with now, in words: the route at the ordinary level, the task force once escalated. */
export function complaintHandlerLabel(level: ComplaintLevel, route: ComplaintRoute): string {
  if (level === 'major') return '街道（联合整治）';
  if (level === 'difficult') return '社区（疑难攻坚）';
  return { micro_grid: '微网格员', general_grid: '小区网格员', property: '物业服务企业', community: '社区' }[route];
}

/**
 * A complaint's level as it reads where it is handled: escalated ones name the task force (`疑难（社区攻坚）`,
 * `重大（街道联合整治）`); ordinary ones the grid, or the property company or community they were routed to.
 */
export function complaintLevelLabel(level: ComplaintLevel, route: ComplaintRoute): string {
  if (level !== 'ordinary') return COMPLAINT_LEVEL_LABELS[level];
  if (route === 'property') return '一般（物业处置）';
  if (route === 'community') return '一般（社区处置）';
  return COMPLAINT_LEVEL_LABELS.ordinary;
}

/** `POST /api/compounds/:compoundId/complaints` */
export interface FileComplaintRequest {
  category: ComplaintCategory;
  text: string;
  /** Photos uploaded first with `POST /api/compounds/:compoundId/complaint-photos`. */
  photoIds: number[];
  buildingId?: number;
  /** Where exactly, in the resident's words (e.g. 东门车库入口). */
  placeText?: string;
  /** Whether other residents of the compound may see it (without who filed it). Private by default. */
  visible?: boolean;
  /** Whether the handler may call the filer back on the phone number of their account. No by default. */
  callBack?: boolean;
}

/** The public list's filters (`GET /api/compounds/:compoundId/complaints`). */
export const COMPLAINT_LIST_STATUSES = ['open', 'resolved', 'closed'] as const;
export type ComplaintListStatus = (typeof COMPLAINT_LIST_STATUSES)[number];
export const COMPLAINT_LIST_STATUS_LABELS: Record<ComplaintListStatus, string> = {
  open: '处理中',
  resolved: '已办结',
  closed: '已关闭',
};
/** The statuses each list filter stands for: open is anything a handler still owes work on. */
export const COMPLAINT_LIST_STATUS_MEMBERS: Record<ComplaintListStatus, readonly ComplaintStatus[]> = {
  open: OPEN_UNRESOLVED,
  resolved: ['resolved'],
  closed: ['closed', 'withdrawn'],
};
export interface ComplaintListQuery {
  category?: ComplaintCategory;
  status?: ComplaintListStatus;
  /** Words in the complaint's text or place (2–30 characters). */
  q?: string;
  cursor?: string;
}

/** 我也遇到: how many residents said the same happens to them (never who), and whether the caller did. */
export interface MeTooView {
  count: number;
  mine: boolean;
}

/** Someone handling a complaint now, as the filer sees them: `陈网格 · 3栋微网格员`, and a work number if any. */
export interface ComplaintHandlerContact {
  name: string;
  /** The role where it is handled: `3栋微网格员`, `物业服务人员`, `芳华社区 社区管理员`. */
  role: string;
  /** A work number the handler's grant carries; never the person's own number. */
  phone: string | null;
}

/** The filer as the handler sees them: a masked name, and a phone only if they asked to be called back. */
export interface ComplaintFilerContact {
  name: string;
  phone: string | null;
}

/** `PUT /api/me/work-phone`: the number residents may call a handler on (null: none shown). */
export interface WorkPhoneRequest {
  workPhone: string | null;
}

/** A work or landline number: digits, with a leading + or dashes (028-8765-4321, 13800001111). */
export const WORK_PHONE_PATTERN = /^\+?[0-9][0-9-]{4,18}[0-9]$/;

/** `POST /api/complaints/:complaintId/actions/:action` */
export interface ComplaintActionRequest {
  note?: string;
  photoIds?: number[];
  /** confirm: 1–5. */
  rating?: number;
}

export interface ComplaintEventView {
  id: number;
  at: string;
  /** An action's name for the actions, except `urge`, which shows as `urged`. */
  kind: Exclude<ComplaintAction, 'urge'> | 'filed' | 'routed' | 'photo_removed' | 'urged';
  /** Who did it, as others may see it: a role label, never a resident's name; `系统` for the scheduler. */
  actor: string;
  fromStatus: ComplaintStatus | null;
  toStatus: ComplaintStatus | null;
  level: ComplaintLevel;
  note: string;
  photoIds: number[];
}

export interface ComplaintView {
  id: number;
  compoundId: number;
  compoundName: string;
  buildingId: number | null;
  buildingName: string | null;
  placeText: string;
  category: ComplaintCategory;
  text: string;
  photoIds: number[];
  visible: boolean;
  status: ComplaintStatus;
  level: ComplaintLevel;
  route: ComplaintRoute;
  routeReason: string;
  gridId: number | null;
  /** The deadline that applies now (accepting, or resolving), null once resolved. */
  due: { kind: 'accept' | 'resolve'; at: string; overdue: boolean } | null;
  createdAt: string;
  /** Whether the caller filed it: only then may they confirm or reopen it. Who filed it is never shown. */
  mine: boolean;
  rating: number | null;
  ratingComment: string;
  /** What the caller may do now. */
  actions: ComplaintAction[];
  /** Whether the filer asked to be called back. */
  callBack: boolean;
  /** 我也遇到 of a public complaint (zero and not mine for a private one). */
  meToo: MeTooView;
}

export interface ComplaintDetailView extends ComplaintView {
  events: ComplaintEventView[];
  /** Who handles it now, for the filer and the handlers; empty for anyone else. */
  handlers: ComplaintHandlerContact[];
  /** The filer, for the handlers only; null for anyone else. */
  filer: ComplaintFilerContact | null;
}

/** One compound's line in the problem-compound list of a period. */
export interface CompoundComplaintRank {
  compoundId: number;
  compoundName: string;
  households: number;
  count: number;
  /** Complaints per 100 households, exactly, as a decimal with two places (`"3.75"`). */
  per100Households: string;
  marked: boolean;
  /** Counts of the same compound in the periods before, oldest first, ending with this one. */
  trend: number[];
  plan: { id: number; status: 'open' | 'done' } | null;
}

export interface ComplaintRankingView {
  placeId: number;
  period: string;
  periods: string[];
  compounds: CompoundComplaintRank[];
}

/**
 * The compounds to mark as problem compounds: the top `percent` % by count (rounded up, at least one when any
 * compound has complaints), with every compound tied at the cut included. Compounds without complaints are never
 * marked. Integer arithmetic only.
 */
export function markProblemCompounds<T extends { count: number }>(rows: readonly T[], percent = 5): Set<T> {
  const counted = rows.filter((r) => r.count > 0).sort((a, b) => b.count - a.count);
  if (counted.length === 0) return new Set();
  const quota = Math.max(1, Math.ceil((rows.length * percent) / 100));
  const cut = counted[Math.min(quota, counted.length) - 1].count;
  return new Set(counted.filter((r) => r.count >= cut));
}

/** `count` per 100 households as an exact decimal with two places, rounded half up. */
export function per100(count: number, households: number): string {
  if (households <= 0) return '0.00';
  const hundredths = Math.floor((count * 10_000 * 2 + households) / (2 * households));
  return `${Math.floor(hundredths / 100)}.${String(hundredths % 100).padStart(2, '0')}`;
}

/** `GET /api/places/:placeId/complaint-grid-counts`: a month's complaints per grid, for the community. */
export interface GridComplaintCount {
  gridId: number;
  gridName: string;
  kind: 'general' | 'micro';
  compoundName: string;
  count: number;
  /** Of those, still waiting to be accepted or resolved, and past their deadline. */
  open: number;
  overdue: number;
}

/** 一院一案: the plan of a marked compound. */
export interface CompoundPlanRequest {
  period: string;
  causes: string;
  measures: string;
  responsible: string;
  /** YYYY-MM-DD */
  dueDate: string;
}

export interface CompoundPlanView extends CompoundPlanRequest {
  id: number;
  compoundId: number;
  compoundName: string;
  status: 'open' | 'done';
  createdAt: string;
  updates: { id: number; at: string; text: string; progress: number }[];
}
