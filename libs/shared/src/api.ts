import type { PlaceLevel, Role, GridKind, CompoundStaffRole } from './roles.js';

/** `POST /api/auth/wechat-login` */
export interface WechatLoginRequest {
  code: string;
}

/** `POST /api/auth/dev-login` (only when the server runs with AUTH_DEV_LOGIN=1) */
export interface DevLoginRequest {
  openid: string;
}

/** Answer of both login routes. Send the token as `Authorization: Bearer <token>`. */
export interface LoginResponse {
  token: string;
  /** ISO 8601 */
  expiresAt: string;
  personId: number;
}

/** A place as shown in lists and breadcrumbs. */
export interface PlaceRef {
  id: number;
  level: PlaceLevel;
  name: string;
}

/** One role of a person and the place it covers (with the place's ancestors, largest first). */
export interface RoleGrantView {
  role: Role;
  place: PlaceRef;
  placePath: PlaceRef[];
  grid: { id: number; name: string; kind: GridKind } | null;
}

/** A unit the person is a verified owner of. */
export interface OwnedUnitView {
  unitId: number;
  compound: PlaceRef;
  building: string;
  entrance: string;
  room: string;
  areaCentiM2: number;
}

/** `GET /api/me`: the caller's own data, unmasked. */
export interface MeResponse {
  id: number;
  name: string | null;
  phone: string | null;
  roles: RoleGrantView[];
  units: OwnedUnitView[];
}

/** `PATCH /api/me` */
export interface UpdateMeRequest {
  name?: string;
  phone?: string;
}

/** `GET /api/compounds?q=&within=`: compounds found by name, optionally below a place (a street or community id). */
export interface CompoundListItem {
  id: number;
  name: string;
  communityId: number;
  communityName: string;
  streetId: number;
  streetName: string;
}

/** `GET /api/compounds/:compoundId` */
export interface CompoundSummary {
  id: number;
  name: string;
  district: PlaceRef;
  street: PlaceRef;
  community: PlaceRef;
  propertyCompany: string | null;
  householdCount: number;
  buildingCount: number;
}

/** `GET /api/compounds/:compoundId/buildings` */
export interface BuildingView {
  id: number;
  name: string;
  unitCount: number;
}

/** `GET /api/compounds/:compoundId/units`: units without owner data. */
export interface UnitView {
  id: number;
  buildingId: number;
  building: string;
  entrance: string;
  room: string;
  areaCentiM2: number;
}

/** `GET /api/compounds/:compoundId/roster` (admins): a unit with its registered owner. */
export interface RosterUnitView extends UnitView {
  ownerName: string;
  ownerPhone: string;
  ownerKey: string;
  developerUnsold: boolean;
}

/** A page of a long list; pass `nextCursor` back as `cursor` for the next page. */
export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

/** `POST /api/compounds/:compoundId/roster` (multipart field `file`, .xlsx or .csv) */
export interface RosterImportResult {
  importId: number;
  total: number;
  created: number;
  updated: number;
  unchanged: number;
  /** Owner links ended because the file gives their unit a new owner (the seller no longer votes). */
  ownersEnded: number;
}

export const CLAIM_STATUSES = ['pending', 'approved', 'rejected'] as const;
export type ClaimStatus = (typeof CLAIM_STATUSES)[number];

export const CLAIM_STATUS_LABELS: Record<ClaimStatus, string> = {
  pending: '审核中',
  approved: '已通过',
  rejected: '未通过',
};

/** `POST /api/claims`: a resident claims to own a unit. */
export interface CreateClaimRequest {
  compoundId: number;
  building: string;
  room: string;
  ownerName: string;
  /** The last 4 digits of the phone number in the roster. */
  phoneLast4: string;
}

/** A claim as its claimant and the admins see it. */
export interface ClaimView {
  id: number;
  status: ClaimStatus;
  compound: PlaceRef;
  unitId: number;
  building: string;
  entrance: string;
  room: string;
  areaCentiM2: number;
  /**
   * Shown only to the admins who decide the claim (null for the claimant): who claims, by the name in their
   * profile when they gave one, and the owner name they gave, which matched the roster.
   */
  claimant: { personId: number; name: string | null; claimedOwnerName: string } | null;
  createdAt: string;
  decidedAt: string | null;
  reason: string | null;
}

/** `POST /api/admin/claims/:claimId/reject` */
export interface RejectClaimRequest {
  reason: string;
}

/** A person with roles in a compound, as admins see them. */
export interface MemberView {
  personId: number;
  name: string;
  phone: string;
  roles: Role[];
}

/** `GET /api/compounds/:compoundId/grids` */
export interface GridView {
  id: number;
  kind: GridKind;
  name: string;
  parentId: number | null;
  buildingIds: number[];
  workers: { personId: number; name: string }[];
}

/** `PUT /api/compounds/:compoundId/staff` */
export interface GrantCompoundRoleRequest {
  personId: number;
  role: CompoundStaffRole;
}

/** `GET /api/health` */
export interface HealthResponse {
  status: 'ok';
  database: 'up';
}
