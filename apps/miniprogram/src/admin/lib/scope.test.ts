import type { CompoundListItem, MeResponse, Role, RoleGrantView } from '@xiaoqu/shared';
import { inScope } from './scope';

const grant = (role: Role, level: 'street' | 'community', id: number): RoleGrantView => ({
  role,
  place: { id, level, name: `${level}-${id}` },
  placePath: [],
  grid: null,
});
const me = (...roles: RoleGrantView[]): MeResponse => ({ id: 1, name: '王主任', phone: null, roles, units: [] });
const compound: CompoundListItem = {
  id: 9,
  name: '锦绣花园',
  communityId: 30,
  communityName: '某社区',
  streetId: 20,
  streetName: '某街道',
};

describe('inScope', () => {
  it('takes the compounds of a community admin’s community and of a street admin’s street', () => {
    expect(inScope(me(grant('community_admin', 'community', 30)), compound)).toBe(true);
    expect(inScope(me(grant('street_admin', 'street', 20)), compound)).toBe(true);
  });

  it('leaves out another community or street, and roles that are not an admin’s', () => {
    expect(inScope(me(grant('community_admin', 'community', 31)), compound)).toBe(false);
    expect(inScope(me(grant('street_admin', 'street', 21)), compound)).toBe(false);
    expect(inScope(me(grant('committee_member', 'community', 30)), compound)).toBe(false);
    expect(inScope(me(), compound)).toBe(false);
  });
});
