/** Levels of the place tree, from the largest to the smallest. */
export const PLACE_LEVELS = ['district', 'street', 'community', 'compound', 'building'] as const;
export type PlaceLevel = (typeof PLACE_LEVELS)[number];

export const PLACE_LEVEL_LABELS: Record<PlaceLevel, string> = {
  district: '区',
  street: '街道',
  community: '社区',
  compound: '小区',
  building: '楼栋',
};

/** Roles a person can be granted on a place. */
export const ROLES = [
  'resident',
  'owner',
  'grid_worker',
  'property_staff',
  'committee_member',
  'supervisor',
  'community_admin',
  'street_admin',
  'district_admin',
] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = {
  resident: '居民',
  owner: '业主',
  grid_worker: '网格员',
  property_staff: '物业服务人员',
  committee_member: '业委会成员',
  supervisor: '监察人',
  community_admin: '社区管理员',
  street_admin: '街道管理员',
  district_admin: '区级管理员',
};

/** The place level each role is granted on. */
export const ROLE_PLACE_LEVEL: Record<Role, PlaceLevel> = {
  resident: 'compound',
  owner: 'compound',
  grid_worker: 'compound',
  property_staff: 'compound',
  committee_member: 'compound',
  supervisor: 'compound',
  community_admin: 'community',
  street_admin: 'street',
  district_admin: 'district',
};

/** Roles a community admin may grant on a compound of their community. */
export const COMPOUND_STAFF_ROLES = ['property_staff', 'committee_member', 'supervisor'] as const;
export type CompoundStaffRole = (typeof COMPOUND_STAFF_ROLES)[number];

/** Roles that administer places (the admin subpackage). */
export const ADMIN_ROLES = ['community_admin', 'street_admin'] as const satisfies readonly Role[];

export const GRID_KINDS = ['general', 'micro'] as const;
export type GridKind = (typeof GRID_KINDS)[number];
