import {
  COMPLAINT_ACTION_LABELS,
  COMPLAINT_CATEGORIES,
  COMPLAINT_CATEGORY_LABELS,
  COMPLAINT_STATUS_LABELS,
  formatRemaining,
  ROLE_LABELS,
  type ComplaintAction,
  type ComplaintCategory,
  type ComplaintDetailView,
  type ComplaintEventView,
  type ComplaintListQuery,
  COMPLAINT_LIST_STATUSES,
  type ComplaintView,
  type MeResponse,
  type Role,
  type RoleGrantView,
  resolveProblem,
} from '@xiaoqu/shared';

const CHINA_OFFSET_MS = 8 * 3600_000;

/** `2026年11月26日 15:04` in China time. */
export function formatDateTimeCn(at: string | number): string {
  const cn = new Date(new Date(at).getTime() + CHINA_OFFSET_MS);
  const hh = String(cn.getUTCHours()).padStart(2, '0');
  const mm = String(cn.getUTCMinutes()).padStart(2, '0');
  return `${cn.getUTCFullYear()}年${cn.getUTCMonth() + 1}月${cn.getUTCDate()}日 ${hh}:${mm}`;
}

/** The deadline that applies now, in words: `受理期限 剩余1小时58分`, `办结期限 已超时2天`; null when none applies. */
export function dueText(due: ComplaintView['due'], now: number): string | null {
  if (!due) return null;
  return `${due.kind === 'accept' ? '受理期限' : '办结期限'} ${formatRemaining(Date.parse(due.at) - now)}`;
}

const EVENT_TITLES: Record<Exclude<ComplaintEventView['kind'], ComplaintAction>, string> = {
  filed: '提交诉求',
  routed: '分派',
  photo_removed: '照片未通过审核，已移除',
  urged: '居民催办',
};

/** What happened, in words: `受理（待受理 → 已受理）`, `升级`, `分派`. */
export function eventTitle(event: Pick<ComplaintEventView, 'kind' | 'fromStatus' | 'toStatus'>): string {
  const kind = event.kind;
  const title =
    kind in EVENT_TITLES
      ? EVENT_TITLES[kind as keyof typeof EVENT_TITLES]
      : COMPLAINT_ACTION_LABELS[kind as ComplaintAction];
  const { fromStatus, toStatus } = event;
  if (fromStatus && toStatus && fromStatus !== toStatus)
    return `${title}（${COMPLAINT_STATUS_LABELS[fromStatus]} → ${COMPLAINT_STATUS_LABELS[toStatus]}）`;
  return title;
}

/** Inbox filters as the page holds them. */
export interface InboxFilter {
  status?: 'open' | 'resolved' | 'closed';
  category?: ComplaintCategory;
  overdueOnly?: boolean;
}

/** The query string values of an inbox filter (what the API's InboxQueryDto accepts). */
export function inboxQuery(filter: InboxFilter): Record<string, string | undefined> {
  return {
    status: filter.status,
    category:
      filter.category && (COMPLAINT_CATEGORIES as readonly string[]).includes(filter.category)
        ? filter.category
        : undefined,
    overdue: filter.overdueOnly ? '1' : undefined,
  };
}

/** The public list's query string: only known categories and statuses, words trimmed (none when blank). */
export function publicListQuery(filter: Omit<ComplaintListQuery, 'cursor'>): Record<string, string | undefined> {
  const q = filter.q?.trim().slice(0, 30);
  return {
    category:
      filter.category && (COMPLAINT_CATEGORIES as readonly string[]).includes(filter.category)
        ? filter.category
        : undefined,
    status:
      filter.status && (COMPLAINT_LIST_STATUSES as readonly string[]).includes(filter.status)
        ? filter.status
        : undefined,
    q: q ? q : undefined,
  };
}

/**
 * The share card of a complaint's page: a public one by its category and status, opening this complaint; a private
 * one (or one still loading) only as 小区诉求, opening the complaint list, so its text never leaves the filer.
 */
export function complaintShareCard(
  complaint: Pick<ComplaintView, 'id' | 'visible' | 'category' | 'status' | 'compoundName' | 'meToo'> | null,
  id: number,
): { title: string; path: string } {
  if (!complaint || !complaint.visible) return { title: '小区诉求', path: '/pages/complaint/index' };
  const also = complaint.meToo.count > 0 ? `，${complaint.meToo.count} 位居民也遇到` : '';
  return {
    title: `${complaint.compoundName}：${COMPLAINT_CATEGORY_LABELS[complaint.category]}（${COMPLAINT_STATUS_LABELS[complaint.status]}）${also}`,
    path: `/complaint/pages/detail/index?id=${id}`,
  };
}

/** `3 位居民也遇到`; nothing when nobody has said so yet. */
export const meTooText = (count: number): string => (count > 0 ? `${count} 位居民也遇到` : '');

/** How many inbox items are overdue, for the heading. */
export const overdueCount = (items: readonly Pick<ComplaintView, 'due'>[]) =>
  items.filter((c) => c.due?.overdue).length;

/** What an action asks for in its confirm dialog, and whether a note is required. */
export interface ActionForm {
  title: string;
  confirmText: string;
  noteLabel: string;
  noteRequired: boolean;
  photos: boolean;
  rating: boolean;
  /** What the person should know before confirming, when there is something. */
  hint?: string;
}

/** Actions people take on the detail page (auto_close is the scheduler's). */
export type PersonAction = Exclude<ComplaintAction, 'auto_close'>;

export const ACTION_FORMS: Record<PersonAction, ActionForm> = {
  accept: {
    title: '受理这条诉求',
    confirmText: '确认受理',
    noteLabel: '备注（可不填）',
    noteRequired: false,
    photos: false,
    rating: false,
  },
  start: {
    title: '开始处理',
    confirmText: '确认开始',
    noteLabel: '备注（可不填）',
    noteRequired: false,
    photos: false,
    rating: false,
  },
  resolve: {
    title: '办结',
    confirmText: '确认办结',
    noteLabel: '怎么解决的（必填）',
    noteRequired: true,
    photos: true,
    rating: false,
  },
  escalate: {
    title: '升级处理',
    confirmText: '确认升级',
    noteLabel: '升级原因（必填）',
    noteRequired: true,
    photos: false,
    rating: false,
  },
  confirm: {
    title: '确认办结并评价',
    confirmText: '提交评价',
    noteLabel: '评价（可不填）',
    noteRequired: false,
    photos: false,
    rating: true,
  },
  reopen: {
    title: '退回重办',
    confirmText: '确认退回',
    noteLabel: '没解决的原因（必填）',
    noteRequired: true,
    photos: false,
    rating: false,
  },
  withdraw: {
    title: '撤回这条诉求',
    confirmText: '确认撤回',
    noteLabel: '撤回原因（可不填）',
    noteRequired: false,
    photos: false,
    rating: false,
    hint: '撤回后这条诉求就结束了，不能恢复；问题还在的话可以重新提交。',
  },
  urge: {
    title: '催办',
    confirmText: '确认催办',
    noteLabel: '补充说明（可不填）',
    noteRequired: false,
    photos: false,
    rating: false,
    hint: '处理人会收到提醒。每个处理级别只能催办一次。',
  },
};

export const isPersonAction = (a: ComplaintAction): a is PersonAction => a !== 'auto_close';

/** When the filer urged at the complaint's current level (they may urge once per level); null if not yet. */
export function urgedAtThisLevel(complaint: Pick<ComplaintDetailView, 'level' | 'events'>): string | null {
  const urged = complaint.events.filter((e) => e.kind === 'urged' && e.level === complaint.level);
  return urged.length > 0 ? urged[urged.length - 1].at : null;
}

/** A rating of 1–2 stars: the resident is offered 退回重办 before closing it as done badly. */
export const offersReopen = (rating: number | null) => rating !== null && rating <= 2;

/** What is missing before an action can be sent, in words; null when it can go. */
export function actionProblem(
  action: PersonAction,
  input: { note: string; rating: number | null; photos?: readonly unknown[] },
  category?: ComplaintCategory,
): string | null {
  const form = ACTION_FORMS[action];
  // A resolution says what was done (and shows a repair): the same rule the API applies.
  if (action === 'resolve' && category)
    return resolveProblem(category, { note: input.note, photoCount: input.photos?.length ?? 0 });
  if (form.rating && (input.rating === null || input.rating < 1 || input.rating > 5)) return '请选择 1 到 5 星的评分';
  if (form.noteRequired && input.note.trim().length === 0)
    return action === 'reopen' ? '请写明为什么没有解决' : '请写明升级的原因';
  return null;
}

/** `网格员 · 芳华社区`: the role of an event's actor is already a label; this is for grants. */
export const roleLabel = (role: Role) => ROLE_LABELS[role];

/** Roles that work an inbox. */
const HANDLER_ROLES: readonly Role[] = ['grid_worker', 'property_staff'];
/** Admins who see escalated complaints and per-grid counts; street and district admins also rank compounds. */
const COMPLAINT_ADMIN_ROLES: readonly Role[] = ['community_admin', 'street_admin', 'district_admin'];
const RANKER_ROLES: readonly Role[] = ['street_admin', 'district_admin'];

export function complaintAccess(me: Pick<MeResponse, 'roles'>): {
  handler: boolean;
  admin: RoleGrantView[];
  ranker: RoleGrantView[];
} {
  return {
    handler: me.roles.some((g) => HANDLER_ROLES.includes(g.role)),
    admin: me.roles.filter((g) => COMPLAINT_ADMIN_ROLES.includes(g.role)),
    ranker: me.roles.filter((g) => RANKER_ROLES.includes(g.role)),
  };
}

/** `2026-11`: the month in China time. */
export function monthOf(now: number): string {
  const cn = new Date(now + CHINA_OFFSET_MS);
  return `${cn.getUTCFullYear()}-${String(cn.getUTCMonth() + 1).padStart(2, '0')}`;
}

/** The month `n` months before `period` (`2026-01`, 1 → `2025-12`). */
export function monthsBefore(period: string, n: number): string {
  const [y, m] = period.split('-').map(Number);
  const index = y * 12 + (m - 1) - n;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** `2026年11月` */
export function periodLabel(period: string): string {
  const [y, m] = period.split('-').map(Number);
  return `${y}年${m}月`;
}

/** Bar heights in percent of the largest count (at least 4% for a non-zero count so it stays visible). */
export function trendHeights(trend: readonly number[]): number[] {
  const max = Math.max(0, ...trend);
  if (max === 0) return trend.map(() => 0);
  return trend.map((n) => (n === 0 ? 0 : Math.max(4, Math.round((n / max) * 100))));
}

/** The last day of a period (`2026-11` → `2026-11-30`), the default due date of a plan's first measures. */
export function periodEnd(period: string): string {
  const [y, m] = period.split('-').map(Number);
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return `${period}-${String(last).padStart(2, '0')}`;
}
