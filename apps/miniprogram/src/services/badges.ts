import Taro from '@tarojs/taro';
import type { HomeBadges } from '@xiaoqu/shared';
import { homeApi } from './clients/home';

/** The tab bar's red dots: 首页 pending work, 议事 unvoted votes, 诉求 unread complaint news, 我的 unread messages. */
const TAB_OF: Record<keyof HomeBadges, number> = {
  pendingWork: 0,
  unvotedVotes: 2,
  unreadComplaintUpdates: 3,
  unreadMessages: 4,
};

/** A badge's text: WeChat shows at most a few characters. */
export const badgeText = (n: number): string => (n > 99 ? '99+' : String(n));

/**
 * Sets the tab badges from counts already loaded. Never throws: setTabBarBadge fails on a page that is not a tab
 * page and may be missing on h5; a badge not shown is not worth an error.
 */
export function applyBadges(badges: HomeBadges): void {
  for (const key of Object.keys(TAB_OF) as (keyof HomeBadges)[]) {
    const index = TAB_OF[key];
    const n = badges[key];
    try {
      const done = n > 0 ? Taro.setTabBarBadge?.({ index, text: badgeText(n) }) : Taro.removeTabBarBadge?.({ index });
      void Promise.resolve(done).catch(() => undefined);
    } catch {
      /* not a tab page, or no tab bar on this platform */
    }
  }
}

/** Loads the counts and sets the badges; for the tab pages' useDidShow. Never throws. */
export async function refreshBadges(): Promise<void> {
  try {
    applyBadges((await homeApi.home()).badges);
  } catch {
    /* offline or logged out: the badges stay as they were */
  }
}
