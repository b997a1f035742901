import type { MeResponse, PlaceRef, RoleGrantView } from '@xiaoqu/shared';
import {
  aboveCompoundGrants,
  adminGrants,
  compoundChoiceOf,
  deliberationRoles,
  firstCompound,
  placeTrail,
  storedCompound,
} from './places';

const district: PlaceRef = { id: 1, level: 'district', name: '武侯区' };
const street: PlaceRef = { id: 2, level: 'street', name: '玉林街道' };
const community: PlaceRef = { id: 3, level: 'community', name: '芳华社区' };
const compound: PlaceRef = { id: 5, level: 'compound', name: '锦绣花园' };
const other: PlaceRef = { id: 21, level: 'compound', name: '翠柳苑' };

const grant = (role: RoleGrantView['role'], place: PlaceRef, path: PlaceRef[]): RoleGrantView => ({
  role,
  place,
  placePath: path,
  grid: null,
});
const me = (roles: RoleGrantView[], units: MeResponse['units'] = []): MeResponse => ({
  id: 1,
  name: '张小梅',
  phone: null,
  roles,
  units,
});

describe('places', () => {
  it('takes the first compound among my roles', () => {
    const m = me([grant('community_admin', community, [district, street, community]), grant('resident', compound, [])]);
    expect(firstCompound(m)).toEqual(compound);
  });

  it('falls back to the compound of my first unit, else none', () => {
    const unit = { unitId: 9, compound: other, building: '1栋', entrance: '', room: '101', areaCentiM2: 9000 };
    expect(firstCompound(me([], [unit]))).toEqual(other);
    expect(firstCompound(me([grant('community_admin', community, [district, street, community])]))).toBeNull();
  });

  it('finds admin roles', () => {
    const m = me([grant('resident', compound, []), grant('street_admin', street, [district, street])]);
    expect(adminGrants(m).map((g) => g.role)).toEqual(['street_admin']);
  });

  it('writes the place trail once, whether or not the path ends with the place', () => {
    expect(placeTrail(grant('resident', compound, [district, street, community, compound]))).toBe(
      '武侯区 · 玉林街道 · 芳华社区 · 锦绣花园',
    );
    expect(placeTrail(grant('resident', compound, [district, street, community]))).toBe(
      '武侯区 · 玉林街道 · 芳华社区 · 锦绣花园',
    );
  });

  it('lets the committee and community admins of a compound organise votes, and its owners vote', () => {
    const committee = me([grant('committee_member', compound, [district, street, community, compound])]);
    expect(deliberationRoles(committee, compound.id)).toEqual({ organiser: true, owner: false });
    expect(deliberationRoles(committee, other.id)).toEqual({ organiser: false, owner: false });
    const admin = me([grant('community_admin', community, [district, street, community])]);
    expect(deliberationRoles(admin, compound.id).organiser).toBe(true);
    const owner = me([grant('resident', compound, []), grant('owner', compound, [])]);
    expect(deliberationRoles(owner, compound.id)).toEqual({ organiser: false, owner: true });
    expect(deliberationRoles(me([grant('resident', compound, [])]), compound.id).owner).toBe(false);
  });

  it('lets admins above compounds pick one, and nobody who has a compound of their own grant', () => {
    const admin = me([grant('community_admin', community, [district, street, community])]);
    expect(aboveCompoundGrants(admin).map((g) => g.place)).toEqual([community]);
    const streetAdmin = me([grant('street_admin', street, [district, street])]);
    expect(aboveCompoundGrants(streetAdmin)).toHaveLength(1);
    expect(aboveCompoundGrants(me([grant('committee_member', compound, [district, street, community])]))).toEqual([]);
  });

  it('keeps the picked compound for the same person while they hold the grant', () => {
    const admin = me([grant('community_admin', community, [district, street, community])]);
    const kept = compoundChoiceOf(admin, { id: 5, name: '锦绣花园' });
    expect(storedCompound(JSON.parse(JSON.stringify(kept)), admin)).toEqual(compound);
    expect(storedCompound(kept, { ...admin, id: 2 })).toBeNull();
    expect(storedCompound(kept, me([grant('resident', compound, [])]))).toBeNull();
    expect(storedCompound('', admin)).toBeNull();
    expect(storedCompound({ personId: 1, compound: { id: '5', level: 'compound', name: 'x' } }, admin)).toBeNull();
  });
});
