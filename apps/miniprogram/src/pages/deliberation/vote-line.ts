import { formatDateCn, VOTE_CHANNEL_LABELS, type OwnerVoteView } from '@xiaoqu/shared';

/** `12月11日` in China time (UTC+8). */
export function monthDayCn(at: string): string {
  const cn = new Date(new Date(at).getTime() + 8 * 3600_000);
  return `${cn.getUTCMonth() + 1}月${cn.getUTCDate()}日`;
}

/** `表决公告 · 12月11日开始`: an announced vote, by the day it opens by itself. */
export function announcedLabel(vote: Pick<OwnerVoteView, 'openedAt'>): string {
  return `表决公告 · ${monthDayCn(vote.openedAt)}开始`;
}

/**
 * The vote line of a proposal's card on the 议事 tab; kept in the main package so the tab does not load the
 * deliberation subpackage. `业主表决中 · 2026年12月10日截止 · 本平台表决`.
 */
export function voteLine(
  vote: Pick<OwnerVoteView, 'status' | 'openedAt' | 'closesAt' | 'closedAt' | 'channel'> | null,
): string | null {
  if (!vote) return null;
  let when: string;
  switch (vote.status) {
    case 'announced':
      when = announcedLabel(vote);
      break;
    case 'open':
      when = `业主表决中 · ${formatDateCn(vote.closesAt)}截止`;
      break;
    case 'closed':
      when = `业主表决已结束 · ${formatDateCn(vote.closedAt ?? vote.closesAt)}`;
      break;
  }
  return `${when} · ${VOTE_CHANNEL_LABELS[vote.channel]}`;
}
