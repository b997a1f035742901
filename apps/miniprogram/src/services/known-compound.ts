import Taro from '@tarojs/taro';
import type { PlaceRef } from '@xiaoqu/shared';

/** The compound a person last looked at (disclosures, proposals), kept on the phone for the claim form. */
const LAST_KEY = 'xiaoqu.lastCompound';

export interface KnownCompound {
  id: number;
}

/** Where the claim form's compound came from: the link that opened it, the last one viewed, or my own compound. */
export type KnownSource = 'link' | 'viewed' | 'mine';

/** Remembers the compound just viewed; storage failing only means the claim form asks again. */
export function rememberCompound(compoundId: number): void {
  if (!Number.isInteger(compoundId) || compoundId <= 0) return;
  try {
    Taro.setStorageSync(LAST_KEY, { id: compoundId });
  } catch {
    /* nothing to remember then */
  }
}

/** The stored compound when it is well-formed; null otherwise. */
export function lastCompound(stored: unknown = readStored()): KnownCompound | null {
  if (typeof stored !== 'object' || stored === null) return null;
  const { id } = stored as Partial<KnownCompound>;
  return Number.isInteger(id) && (id as number) > 0 ? { id: id as number } : null;
}

function readStored(): unknown {
  try {
    return Taro.getStorageSync(LAST_KEY);
  } catch {
    return null;
  }
}

/**
 * The compound the claim form starts with, the most specific first: the invite or share link's `compoundId`, the
 * compound last viewed, then the compound of my roles; null when none is known.
 */
export function knownCompoundId(sources: {
  linked?: string | null;
  viewed: KnownCompound | null;
  mine: Pick<PlaceRef, 'id'> | null;
}): { id: number; source: KnownSource } | null {
  const linked = Number(sources.linked);
  if (sources.linked && Number.isInteger(linked) && linked > 0) return { id: linked, source: 'link' };
  if (sources.viewed) return { id: sources.viewed.id, source: 'viewed' };
  if (sources.mine) return { id: sources.mine.id, source: 'mine' };
  return null;
}

/** What the claim form says about a compound it chose for the resident. */
export const KNOWN_SOURCE_TEXT: Record<KnownSource, string> = {
  link: '已按您打开的邀请链接选好小区',
  viewed: '已按您最近查看的小区选好',
  mine: '已按您所在的小区选好',
};
