import { ADMIN_ROLES, ROLES, type Role } from './roles.js';

/** Roles whose writes the audit log records: everyone but residents and owners acting for themselves. */
export const AUDITED_ROLES = ROLES.filter((r) => r !== 'resident' && r !== 'owner');

/** Roles that read the audit log of their places (a community, a street and everything below). */
export const AUDIT_READER_ROLES = ADMIN_ROLES;

/** The name shown for a person who deleted their account (PIPL), wherever their name would be shown. */
export const DELETED_PERSON_NAME = '已注销用户';

/** What `DELETE /api/me` must carry in `confirm` to delete the caller's account. */
export const ACCOUNT_DELETION_CONFIRMATION = '注销';

/** One write by a staff member or admin, as the audit log shows it. */
export interface AuditEntryView {
  id: number;
  personId: number;
  /** The name the person had when they wrote; null when they had none. */
  personName: string | null;
  /** The person has since deleted their account; the entry stays, attributable to that account. */
  personDeleted: boolean;
  role: Role;
  placeId: number;
  placeName: string | null;
  method: string;
  /** The route pattern, e.g. `POST /api/compounds/:compoundId/work-records`. */
  route: string;
  /** The route's parameters, and `id` when the answer carried one. */
  recordIds: Record<string, string>;
  status: number;
  requestId: string;
  at: string;
}

/** `GET /api/places/:placeId/audit`: newest first. */
export interface AuditPage {
  items: AuditEntryView[];
  nextCursor: string | null;
}

/** Query of `GET /api/places/:placeId/audit`. */
export interface AuditQuery {
  compoundId?: number;
  personId?: number;
  cursor?: string;
  limit?: number;
}

/** `DELETE /api/me` */
export interface DeleteAccountRequest {
  confirm: string;
}

const ROUTE_LABELS: [RegExp, string][] = [
  [/^POST \/api\/compounds\/:compoundId\/account-disclosures$/, '新建收支公示草稿'],
  [/^PUT \/api\/account-disclosures\/:disclosureId\/lines$/, '修改收支明细'],
  [/^POST \/api\/account-disclosures\/:disclosureId\/lines\/import$/, '导入收支明细'],
  [/^POST \/api\/account-disclosures\/:disclosureId\/publish$/, '发布收支公示'],
  [/^DELETE \/api\/account-disclosures\/:disclosureId$/, '删除收支公示草稿'],
  [/^POST \/api\/account-disclosures\/:disclosureId\/amend$/, '更正收支公示'],
  [/^POST \/api\/account-disclosures\/:disclosureId\/notes$/, '填写审核意见'],
  [/^POST \/api\/disclosure-lines\/:lineId\/attachments$/, '上传凭证'],
  [/^POST \/api\/disclosure-lines\/:lineId\/flags$/, '标记存疑明细'],
  [/^POST \/api\/questions\/:questionId\/answer$/, '答复质询'],
  [/work-records/, '登记工作记录'],
  [/maintenance-fund/, '登记维修资金收支'],
  [/audit-reports/, '上传审计报告'],
  [/service-disclosure/, '修改服务公示'],
  [/billing/, '设置收费方式'],
  [/^PUT \/api\/compounds\/:compoundId\/staff$/, '授予小区角色'],
  [/^DELETE \/api\/compounds\/:compoundId\/staff\//, '撤销小区角色'],
  [/^PUT \/api\/grids\/:gridId\/workers\//, '指派网格员'],
  [/^DELETE \/api\/grids\/:gridId\/workers\//, '撤销网格员'],
  [/roster/, '导入房屋花名册'],
  [/claims/, '审核业主认证'],
  [/owner-merges|owner-keys/, '合并业主'],
  [/complaints\/:complaintId\/actions/, '处理诉求'],
  [/plans/, '一院一案'],
  [/ballots/, '录入表决票'],
  [/objections/, '答复异议'],
  [/votes/, '业主表决'],
  [/polls/, '居民意见征询'],
  [/proposals/, '议题'],
];

/** A readable Chinese label for an audited route, or the route itself when none fits. */
export function auditActionLabel(route: string): string {
  return ROUTE_LABELS.find(([pattern]) => pattern.test(route))?.[1] ?? route;
}
