import {
  COMPLAINT_CATEGORY_LABELS,
  COMPLAINT_STATUS_LABELS,
  complaintLevelLabel,
  type HomeComplaintItem,
} from '@xiaoqu/shared';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** `还有 3 天 4 小时`, `还有 2 小时 5 分`, `还有 12 分钟`; `已到时间` once it has passed. */
export function countdownText(to: string, now = Date.now()): string {
  const left = new Date(to).getTime() - now;
  if (left <= 0) return '已到时间';
  if (left >= DAY) return `还有 ${Math.floor(left / DAY)} 天 ${Math.floor((left % DAY) / HOUR)} 小时`;
  if (left >= HOUR) return `还有 ${Math.floor(left / HOUR)} 小时 ${Math.floor((left % HOUR) / MINUTE)} 分`;
  return `还有 ${Math.max(1, Math.floor(left / MINUTE))} 分钟`;
}

/** How long something has waited: `等了 3 天`, `等了 5 小时`, `刚刚`. */
export function waitedText(since: string, now = Date.now()): string {
  const waited = now - new Date(since).getTime();
  if (waited >= DAY) return `等了 ${Math.floor(waited / DAY)} 天`;
  if (waited >= HOUR) return `等了 ${Math.floor(waited / HOUR)} 小时`;
  return '刚刚提出';
}

/** Where one of my complaints stands, in words: `噪音扰民 · 已受理 · 一般（网格处置）`. */
export function complaintStage(c: HomeComplaintItem): string {
  return [
    COMPLAINT_CATEGORY_LABELS[c.category],
    COMPLAINT_STATUS_LABELS[c.status],
    complaintLevelLabel(c.level, c.route),
  ].join(' · ');
}

/** A deadline in words: `超期` once past, else how long is left. */
export function deadlineText(dueAt: string, kind: 'accept' | 'resolve', now = Date.now()): string {
  const what = kind === 'accept' ? '受理' : '办结';
  const left = new Date(dueAt).getTime() - now;
  if (left <= 0) return `${what}已超期`;
  return `${countdownText(dueAt, now).replace('还有', '距')}${what}期限`;
}

/**
 * The page a notice opens, as a navigation: tab pages by switchTab (a complaint's own page instead when it names
 * one), others by navigateTo.
 */
export function openTarget(page: string): { kind: 'tab' | 'page'; url: string } {
  const path = `/${page.replace(/^\//, '')}`;
  const complaint = /^\/pages\/complaint\/index\?id=(\d+)/.exec(path);
  if (complaint) return { kind: 'page', url: `/complaint/pages/detail/index?id=${complaint[1]}` };
  if (path.startsWith('/pages/')) return { kind: 'tab', url: path.split('?')[0] };
  return { kind: 'page', url: path };
}
