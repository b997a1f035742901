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

/**
 * `GET /api/compounds/:compoundId/roster?q=` (admins): a unit with its registered owner, name and phone masked
 * (`李**`, `138****5678`); `q` finds units by building and room (`3栋`, `502`, `3栋 502`).
 */
export interface RosterUnitView extends UnitView {
  ownerName: string;
  ownerPhone: string;
  ownerKey: string;
  developerUnsold: boolean;
}

/** `GET /api/compounds/:compoundId/roster/units/:unitId/owner` (community admins): one unit's owner in full, audited. */
export interface RosterOwnerView {
  unitId: number;
  ownerName: string;
  ownerPhone: string;
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

export const CLAIM_STATUSES = ['pending', 'approved', 'rejected', 'revoked'] as const;
export type ClaimStatus = (typeof CLAIM_STATUSES)[number];

export const CLAIM_STATUS_LABELS: Record<ClaimStatus, string> = {
  pending: '审核中',
  approved: '已通过',
  rejected: '未通过',
  revoked: '已撤销',
};

/** `POST /api/claims`: a resident claims to own a unit. */
export interface CreateClaimRequest {
  compoundId: number;
  building: string;
  room: string;
  ownerName: string;
  /** The last 4 digits of the phone number in the roster. */
  phoneLast4: string;
  /** The last six characters of the unit's 不动产权证号 or 购房合同号 (see deedLast6), when the claimant has it. */
  deedLast6?: string;
  /**
   * A photo of the deed or purchase contract, uploaded by the claimant (`POST /api/claims/deed-photos`): read only
   * by them and the admins who decide the claim, and deleted 30 days after the decision.
   */
  deedPhotoId?: number;
}

/** How one thing the claimant gave compares with the roster now. */
export type ClaimFieldMatch = 'matched' | 'mismatched' | 'not_on_roster' | 'not_given';

export const CLAIM_FIELD_MATCH_LABELS: Record<ClaimFieldMatch, string> = {
  matched: '一致',
  mismatched: '不一致',
  not_on_roster: '花名册未登记',
  not_given: '申请人未填写',
};

/** The roster match of a claim, field by field, as the admins who decide it see it. */
export interface ClaimMatchView {
  ownerName: ClaimFieldMatch;
  phoneLast4: ClaimFieldMatch;
  /** The last six of the 不动产权证号 or 购房合同号. */
  deedLast6: ClaimFieldMatch;
  /** The deed photo: attached (its id in `deedPhotoId`), deleted 30 days after the decision, or never given. */
  deedPhoto: 'attached' | 'deleted' | 'none';
  deedPhotoId: number | null;
  /**
   * Whether approving (with a confirm) is allowed as the claim stands: name and phone match, and either the last
   * six match the roster's number or a deed photo is attached.
   */
  approvable: boolean;
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
  /** Only for the admins who may decide the claim (community admins of its compound); null for everyone else. */
  match: ClaimMatchView | null;
  createdAt: string;
  /** When it was approved or rejected. */
  decidedAt: string | null;
  /** When an approval was revoked (the claimant is no longer an owner of the unit). */
  revokedAt: string | null;
  /** Why it was rejected, or revoked. */
  reason: string | null;
}

/** `POST /api/admin/claims/:claimId/approve` */
export interface ApproveClaimRequest {
  /** Must be true: the admin has looked at the match and confirms. */
  confirm: boolean;
  /** A photo of the deed the admin took (the owner came to the office), uploaded by this admin. */
  deedPhotoId?: number;
}

/** `POST /api/admin/claims/:claimId/reject` */
export interface RejectClaimRequest {
  reason: string;
}

/** `POST /api/admin/claims/:claimId/revoke`: the approval is withdrawn, with a written reason. */
export interface RevokeClaimRequest {
  reason: string;
}

export const CLAIM_DECISION_ACTIONS = ['approve', 'reject', 'revoke'] as const;
export type ClaimDecisionAction = (typeof CLAIM_DECISION_ACTIONS)[number];

export const CLAIM_DECISION_LABELS: Record<ClaimDecisionAction, string> = {
  approve: '通过',
  reject: '不通过',
  revoke: '撤销认证',
};

/** One decision on a claim, kept for good (`GET /api/admin/claims/:claimId/history`: every claim of its unit). */
export interface ClaimDecisionView {
  id: number;
  claimId: number;
  action: ClaimDecisionAction;
  decidedBy: { personId: number; name: string | null };
  /** The role the decision was made in. */
  role: Role;
  reason: string | null;
  at: string;
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
