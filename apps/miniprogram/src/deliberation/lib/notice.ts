import {
  groupThousands,
  OBJECTION_DAYS_DEFAULT,
  OBJECTION_DAYS_MAX,
  OBJECTION_DAYS_MIN,
  ROLE_LABELS,
  type Role,
  type VoteBasisRequest,
  type VoteBasisView,
  type VoteNoticeView,
} from '@xiaoqu/shared';
import { monthDayCn } from '../../services/proposal-stage';

/**
 * A vote's notice exactly as recorded, and nothing more: `12月1日在本平台公告，已通知 312 位认证业主` (or 通知发送中
 * before the messages went out), or `12月1日张贴于小区公告栏`. A platform notice is never called 张贴.
 */
export function noticeText(notice: VoteNoticeView): string {
  const day = monthDayCn(notice.at);
  if (notice.method === 'posted') return `${day}张贴于小区公告栏`;
  const told =
    notice.notifiedOwners === null ? '通知发送中' : `已通知 ${groupThousands(notice.notifiedOwners)} 位认证业主`;
  return `${day}在本平台公告，${told}`;
}

/** `依据：《锦绣花园管理规约》第二十条：…` */
export function basisText(basis: Pick<VoteBasisView, 'clause'>): string {
  return `依据：${basis.clause}`;
}

/** `结果公示后询异期 7 天` */
export function objectionDaysText(days: number): string {
  return `初步结果公示后询异期 ${days} 天`;
}

/** A role as people read it: the API names roles by their code (`committee_member`) or already in words. */
export function roleText(role: string): string {
  return role in ROLE_LABELS ? ROLE_LABELS[role as Role] : role;
}

/** As the API takes it: a clause of 5–1000 characters. */
export const BASIS_CLAUSE_MIN = 5;
export const BASIS_CLAUSE_MAX = 1000;

/** The basis form as typed. */
export interface BasisDraft {
  clause: string;
  documentAttachmentId: number | null;
  /** Whole days, typed; empty for the default. */
  objectionDays: string;
}

/** The request, or the first thing wrong in words. */
export function basisRequestOf(
  draft: BasisDraft,
): { request: VoteBasisRequest; error: null } | { request: null; error: string } {
  const fail = (error: string) => ({ request: null, error });
  const clause = draft.clause.trim();
  if (!clause) return fail('请写明管理规约或议事规则中允许在本平台表决的条款原文，例如 《××小区管理规约》第二十条：…');
  if (clause.length < BASIS_CLAUSE_MIN) return fail(`条款至少 ${BASIS_CLAUSE_MIN} 个字，请照规约原文填写`);
  if (clause.length > BASIS_CLAUSE_MAX) return fail(`条款最多 ${BASIS_CLAUSE_MAX} 个字`);
  if (draft.documentAttachmentId === null) return fail('请上传载有该条款的规约或规则文件（PDF 或照片）');
  const typed = draft.objectionDays.trim();
  let objectionDays = OBJECTION_DAYS_DEFAULT;
  if (typed) {
    if (!/^\d{1,2}$/.test(typed)) return fail(`询异期请填 ${OBJECTION_DAYS_MIN}–${OBJECTION_DAYS_MAX} 之间的整数天数`);
    objectionDays = Number(typed);
    if (objectionDays < OBJECTION_DAYS_MIN || objectionDays > OBJECTION_DAYS_MAX)
      return fail(`询异期须为 ${OBJECTION_DAYS_MIN}–${OBJECTION_DAYS_MAX} 天`);
  }
  return { request: { clause, documentAttachmentId: draft.documentAttachmentId, objectionDays }, error: null };
}
