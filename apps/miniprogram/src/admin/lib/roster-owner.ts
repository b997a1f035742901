import type { CompoundListItem, MeResponse, RosterOwnerView, RosterUnitView } from '@xiaoqu/shared';

/**
 * May this admin reveal owners in full in the compound? Only its community admin (the API says the same; a street
 * admin reads the masked list only).
 */
export function canRevealOwner(me: MeResponse | null, compound: CompoundListItem): boolean {
  return !!me?.roles.some(
    (g) => g.role === 'community_admin' && g.place.level === 'community' && g.place.id === compound.communityId,
  );
}

/** The owner line of a roster row: masked as listed, or in full once revealed. */
export function ownerLine(unit: RosterUnitView, revealed?: RosterOwnerView): string {
  if (unit.developerUnsold) return '开发商未售';
  const name = revealed ? revealed.ownerName : unit.ownerName;
  const phone = revealed ? revealed.ownerPhone : unit.ownerPhone;
  return [name, phone].filter(Boolean).join(' ') || '未登记业主';
}

/** Can the row be revealed (is there anything masked to show)? */
export function revealable(unit: RosterUnitView, revealed?: RosterOwnerView): boolean {
  return !revealed && !unit.developerUnsold && !!(unit.ownerName || unit.ownerPhone);
}

/** The search as sent: trimmed, inner runs of spaces made one; empty means the whole roster. */
export function rosterSearch(q: string): string | undefined {
  const text = q.replace(/[\s\u3000]+/g, ' ').trim();
  return text ? text.slice(0, 40) : undefined;
}
