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

/**
 * What each write route does, in words an office reads (`METHOD /api/path/:param` as Fastify names the route).
 * Every write route has one (a test in the API fails on a route missing here), and so has each read that is
 * audited (revealing an owner's name and phone).
 */
export const AUDIT_ACTION_LABELS: Readonly<Record<string, string>> = {
  'POST /api/compounds/:compoundId/owner-merges': '合并业主',
  'POST /api/compounds/:compoundId/roster': '导入房屋花名册',
  'GET /api/compounds/:compoundId/roster/units/:unitId/owner': '查看业主姓名电话',
  'POST /api/claims': '提交房屋认证',
  'POST /api/claims/deed-photos': '上传产权证照片',
  'POST /api/admin/claims/:claimId/approve': '通过业主认证',
  'POST /api/admin/claims/:claimId/reject': '驳回业主认证',
  'POST /api/admin/claims/:claimId/revoke': '撤销业主认证',
  'PUT /api/compounds/:compoundId/staff': '授予小区角色',
  'DELETE /api/compounds/:compoundId/staff/:personId/:role': '撤销小区角色',
  'PUT /api/grids/:gridId/workers/:personId': '指派网格员',
  'DELETE /api/grids/:gridId/workers/:personId': '撤销网格员',
  'POST /api/compounds/:compoundId/attachments': '上传附件',
  'POST /api/compounds/:compoundId/maintenance-fund/entries': '登记维修资金收支',
  'POST /api/compounds/:compoundId/audit-reports': '上传审计报告',
  'PUT /api/compounds/:compoundId/billing': '设置收费方式',
  'POST /api/compounds/:compoundId/account-disclosures': '新建收支公示草稿',
  'DELETE /api/account-disclosures/:disclosureId': '删除收支公示草稿',
  'PUT /api/account-disclosures/:disclosureId/lines': '修改收支明细',
  'POST /api/account-disclosures/:disclosureId/lines/import': '导入收支明细',
  'POST /api/disclosure-lines/:lineId/attachments': '上传凭证',
  'POST /api/account-disclosures/:disclosureId/publish': '发布收支公示',
  'POST /api/account-disclosures/:disclosureId/amend': '更正收支公示',
  'POST /api/account-disclosures/:disclosureId/notes': '填写审阅意见',
  'POST /api/disclosure-lines/:lineId/flags': '标记存疑明细',
  'POST /api/disclosure-lines/:lineId/questions': '提出质询',
  'POST /api/questions/:questionId/answer': '答复质询',
  'PUT /api/compounds/:compoundId/service-disclosure/draft': '修改服务公示草稿',
  'POST /api/compounds/:compoundId/service-disclosure/publish': '发布服务公示',
  'POST /api/compounds/:compoundId/work-records': '登记工作记录',
  'POST /api/compounds/:compoundId/proposals': '提出议题',
  'POST /api/proposals/:proposalId/support': '附议议题',
  'PUT /api/proposals/:proposalId/positions/:party': '填写四方意见',
  'POST /api/proposals/:proposalId/meetings': '记录议事会议',
  'POST /api/proposals/:proposalId/updates': '更新议题进展',
  'PUT /api/proposals/:proposalId/evaluation': '评价议题办理',
  'POST /api/proposals/:proposalId/resident-poll': '发起居民意见征询',
  'POST /api/resident-polls/:pollId/votes': '参与居民意见征询',
  'POST /api/resident-polls/:pollId/close': '结束居民意见征询',
  'PUT /api/compounds/:compoundId/vote-basis': '记录表决依据',
  'POST /api/proposals/:proposalId/owner-vote': '发起业主表决',
  'POST /api/proposals/:proposalId/official-result': '登记线下表决结果',
  'POST /api/owner-votes/:voteId/ballots': '投票',
  'POST /api/owner-votes/:voteId/paper-ballots': '录入纸质表决票',
  'POST /api/owner-votes/:voteId/close': '结束业主表决',
  'POST /api/owner-votes/:voteId/terminate': '中止业主表决',
  'POST /api/owner-votes/:voteId/objections': '提出异议',
  'POST /api/vote-objections/:objectionId/answer': '答复异议',
  'POST /api/owner-votes/:voteId/corrections': '更正表决结果',
  'POST /api/compounds/:compoundId/complaint-photos': '上传诉求照片',
  'POST /api/compounds/:compoundId/complaints': '提交诉求',
  'POST /api/complaints/:complaintId/actions/:action': '处理诉求',
  'PUT /api/complaints/:complaintId/me-too': '表示也遇到诉求',
  'DELETE /api/complaints/:complaintId/me-too': '收回也遇到',
  'PUT /api/complaints/handler-phone': '设置居民可拨打的工作电话',
  'POST /api/compounds/:compoundId/plans': '制定一院一案',
  'POST /api/plans/:planId/updates': '更新一院一案进展',
  'POST /api/dev/compounds/:compoundId/vote-scheduler': '演示：推进表决时钟',
};

/** A readable Chinese label for an audited route; 其他操作 for one this build does not know (a newer API). */
export function auditActionLabel(route: string): string {
  return AUDIT_ACTION_LABELS[route] ?? '其他操作';
}
