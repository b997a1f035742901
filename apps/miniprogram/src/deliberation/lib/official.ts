import { chinaDay, parseDay } from '@xiaoqu/shared';
import type { ImportOfficialResultRequest, MatterNo, ProposalView, TallyPart } from '@xiaoqu/shared';

/** Only a proposal still raised or in consultation, with neither a vote nor a poll, takes an imported result. */
export const importable = (p: Pick<ProposalView, 'vote' | 'pollId' | 'stage'>): boolean =>
  p.vote === null && p.pollId === null && (p.stage === 'raised' || p.stage === 'consultation');

/**
 * Area typed in m² with up to two decimals as integer centi-m², by string parsing only (a float multiplication
 * turns 1.15 into 114.99…). Thousands separators are accepted only where they belong (`1,234.56`, not `1,23`),
 * full-width digits and commas as a Chinese keyboard types them too; null for anything else: a negative, a third
 * decimal, an empty text or a number too large to count exactly.
 */
export function centiM2Of(text: string): number | null {
  const plain = toHalfWidth(text).trim();
  const match = /^(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d{1,2}))?$/.exec(plain);
  if (!match) return null;
  const whole = Number(match[1]!.replace(/,/g, ''));
  const cents = Number((match[2] ?? '').padEnd(2, '0'));
  const value = whole * 100 + cents;
  return Number.isSafeInteger(value) ? value : null;
}

/** A count of owners: a whole number, thousands separators allowed where they belong; null otherwise. */
export function headcountOf(text: string): number | null {
  const plain = toHalfWidth(text).trim();
  if (!/^(\d{1,3}(?:,\d{3})+|\d+)$/.test(plain)) return null;
  const value = Number(plain.replace(/,/g, ''));
  return Number.isSafeInteger(value) ? value : null;
}

function toHalfWidth(text: string): string {
  return text.replace(/[０-９．，]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0));
}

export const OFFICIAL_PARTS = ['total', 'agreed', 'disagreed', 'abstained'] as const;
export type OfficialPart = (typeof OFFICIAL_PARTS)[number];
export const OFFICIAL_PART_LABELS: Record<OfficialPart, string> = {
  total: '全体业主（总数）',
  agreed: '同意',
  disagreed: '不同意',
  abstained: '弃权',
};

/** What the organiser typed for one part, as text. */
export interface PartText {
  area: string;
  headcount: string;
}

export interface OfficialResultForm {
  /** Chosen by the organiser, never preset: null until then. */
  matterNo: MatterNo | null;
  externalRef: string;
  /** `YYYY-MM-DD`: the day the vote closed on the official system. */
  closedOn: string;
  parts: Record<OfficialPart, PartText>;
  attachmentIds: number[];
}

export const MAX_RESULT_DOCUMENTS = 5;

/** `2026-11-26`: today in China, the latest day an imported vote may have closed. */
export function latestClosedDay(now = new Date()): string {
  return chinaDay(now);
}

/**
 * When the vote closed, as ISO: the end of the closing day in China time (23:59:59 +08:00), or, for a vote that
 * closed today, a minute ago (the server takes no closing time in the future); or what is wrong with the day.
 */
export function closedAtOf(day: string, now = new Date()): { at: string; error: null } | { at: null; error: string } {
  const latest = latestClosedDay(now);
  const plain = day.trim();
  if (parseDay(plain) !== plain) return { at: null, error: '请选择表决结束日期' };
  if (plain > latest) return { at: null, error: `只能导入已结束的表决：结束日期最晚为 ${latest}` };
  if (plain === latest) return { at: new Date(now.getTime() - 60_000).toISOString(), error: null };
  return { at: new Date(`${plain}T23:59:59+08:00`).toISOString(), error: null };
}

function partOf(part: OfficialPart, text: PartText): { part: TallyPart; error: null } | { part: null; error: string } {
  const label = OFFICIAL_PART_LABELS[part];
  const areaCentiM2 = centiM2Of(text.area);
  if (areaCentiM2 === null)
    return { part: null, error: `${label}的面积请填不小于 0 的数，单位 m²，最多两位小数，例如 1234.56` };
  const headcount = headcountOf(text.headcount);
  if (headcount === null) return { part: null, error: `${label}的人数请填不小于 0 的整数` };
  // Every owner has some exclusive area: a part with people has area, and one without people has none.
  if (headcount === 0 && areaCentiM2 > 0) return { part: null, error: `${label}的人数为 0，面积也应为 0` };
  if (headcount > 0 && areaCentiM2 === 0) return { part: null, error: `${label}有 ${headcount} 人，面积不能为 0` };
  return { part: { areaCentiM2, headcount }, error: null };
}

/**
 * The import request built from the form, or the first thing wrong with it in Chinese: the totals are above zero
 * and the parts that took part (agreed, disagreed, abstained) add up to no more than the totals, in area and in
 * headcount. Whether the decision passes is the server's to judge.
 */
export function officialRequestOf(
  form: OfficialResultForm,
  now = new Date(),
): { request: ImportOfficialResultRequest; error: null } | { request: null; error: string } {
  const matterNo = form.matterNo;
  if (matterNo === null) return { request: null, error: '请选择表决事项（《民法典》第二百七十八条）' };
  const externalRef = form.externalRef.trim();
  if (!externalRef) return { request: null, error: '请填写官方系统的表决编号' };
  if (externalRef.length > 100) return { request: null, error: '表决编号最多 100 个字' };
  const closed = closedAtOf(form.closedOn, now);
  if (closed.error !== null) return { request: null, error: closed.error };
  const parts = {} as Record<OfficialPart, TallyPart>;
  for (const key of OFFICIAL_PARTS) {
    const parsed = partOf(key, form.parts[key]);
    if (parsed.error !== null) return { request: null, error: parsed.error };
    parts[key] = parsed.part;
  }
  const { total, agreed, disagreed, abstained } = parts;
  if (total.headcount === 0 || total.areaCentiM2 === 0)
    return { request: null, error: '全体业主的总面积和总人数都应大于 0' };
  const took = [agreed, disagreed, abstained];
  if (took.reduce((n, p) => n + p.headcount, 0) > total.headcount)
    return { request: null, error: '同意、不同意、弃权的人数之和超过了全体业主的总人数' };
  if (took.reduce((n, p) => n + p.areaCentiM2, 0) > total.areaCentiM2)
    return { request: null, error: '同意、不同意、弃权的面积之和超过了全体业主的总面积' };
  if (form.attachmentIds.length === 0) return { request: null, error: '请上传官方系统的表决结果文件（PDF 或照片）' };
  if (form.attachmentIds.length > MAX_RESULT_DOCUMENTS)
    return { request: null, error: `表决结果文件最多 ${MAX_RESULT_DOCUMENTS} 个` };
  return {
    request: {
      matterNo,
      externalRef,
      closedAt: closed.at,
      total,
      agreed,
      disagreed,
      abstained,
      attachmentIds: form.attachmentIds,
    },
    error: null,
  };
}
