import type { CompoundListItem, MeResponse, RosterUnitView } from '@xiaoqu/shared';
import { canRevealOwner, ownerLine, revealable, rosterSearch } from './roster-owner';

const unit: RosterUnitView = {
  id: 7,
  buildingId: 3,
  building: '3栋',
  entrance: '1单元',
  room: '502',
  areaCentiM2: 8950,
  ownerName: '李**',
  ownerPhone: '138****5678',
  ownerKey: 'k',
  developerUnsold: false,
};

describe('roster owner rows', () => {
  it('shows the masked owner, and the full one once revealed', () => {
    expect(ownerLine(unit)).toBe('李** 138****5678');
    expect(ownerLine(unit, { unitId: 7, ownerName: '李秀英', ownerPhone: '13800005678' })).toBe('李秀英 13800005678');
    expect(ownerLine({ ...unit, developerUnsold: true, ownerName: '', ownerPhone: '' })).toBe('开发商未售');
    expect(ownerLine({ ...unit, ownerName: '', ownerPhone: '' })).toBe('未登记业主');
  });

  it('offers 查看 only for a masked owner not yet revealed', () => {
    expect(revealable(unit)).toBe(true);
    expect(revealable(unit, { unitId: 7, ownerName: '李秀英', ownerPhone: '13800005678' })).toBe(false);
    expect(revealable({ ...unit, developerUnsold: true })).toBe(false);
    expect(revealable({ ...unit, ownerName: '', ownerPhone: '' })).toBe(false);
  });

  it('sends a search trimmed, or none', () => {
    expect(rosterSearch('  3栋　 502 ')).toBe('3栋 502');
    expect(rosterSearch('   ')).toBeUndefined();
    expect(rosterSearch('9'.repeat(50))).toHaveLength(40);
  });

  it('lets only the community admin of the compound reveal', () => {
    const compound = { id: 1, communityId: 10, streetId: 100 } as CompoundListItem;
    const grant = (role: string, level: string, id: number) =>
      ({ role, place: { id, level, name: 'x' }, placePath: [], grid: null }) as unknown as MeResponse['roles'][number];
    const me = (...roles: MeResponse['roles']) => ({ id: 1, name: null, phone: null, roles, units: [] }) as MeResponse;
    expect(canRevealOwner(me(grant('community_admin', 'community', 10)), compound)).toBe(true);
    expect(canRevealOwner(me(grant('community_admin', 'community', 11)), compound)).toBe(false);
    expect(canRevealOwner(me(grant('street_admin', 'street', 100)), compound)).toBe(false);
    expect(canRevealOwner(null, compound)).toBe(false);
  });
});
