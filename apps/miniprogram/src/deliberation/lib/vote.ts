import {
  formatArea,
  formatDateCn,
  formatRatio,
  groupThousands,
  type MatterNo,
  type OwnerDecisionTally,
  ruleOf,
  type OpenOwnerVoteRequest,
  type OwnerVoteView,
  type TallyPart,
  VOTE_NOTICE_DAYS,
  chinaDay,
  parseDay,
} from '@xiaoqu/shared';
import { voteStageLabel, type VoteStageFields } from '../../services/proposal-stage';
import { formatDateTimeCn } from './consultation';
import { optionLabelsOf, type VoteKind } from './options';

/** The nine matters of Civil Code art. 278, in the words owners read. */
export const MATTER_LABELS: Record<MatterNo, string> = {
  1: '制定和修改业主大会议事规则',
  2: '制定和修改管理规约',
  3: '选举业主委员会或者更换业主委员会成员',
  4: '选聘和解聘物业服务企业或者其他管理人',
  5: '使用建筑物及其附属设施的维修资金',
  6: '筹集建筑物及其附属设施的维修资金',
  7: '改建、重建建筑物及其附属设施',
  8: '改变共有部分的用途或者利用共有部分从事经营活动',
  9: '有关共有和共同管理权利的其他重大事项',
};
export const MATTER_NOS: MatterNo[] = [1, 2, 3, 4, 5, 6, 7, 8, 9];

export const PARTICIPATION_TEXT = '需参与表决的业主专有面积和人数均达到三分之二以上';
export const APPROVAL_TEXT: Record<OwnerDecisionTally['rule'], string> = {
  majority: '同意的面积和人数均超过参与表决的一半',
  'three-quarters': '同意的面积和人数均达到参与表决的四分之三以上',
};

/** The whole threshold of a rule in one sentence. */
export function thresholdText(rule: OwnerDecisionTally['rule']): string {
  return `${PARTICIPATION_TEXT}，且${APPROVAL_TEXT[rule]}`;
}

/** `2,000 户 · 1,800 位业主 · 专有面积 180,000 m²` */
export function rollText(roll: OwnerVoteView['roll']): string {
  return `${groupThousands(roll.units)} 户 · ${groupThousands(roll.headcount)} 位业主 · 专有面积 ${formatArea(roll.areaCentiM2)}`;
}

/** An imported official result has no roll here, only the totals the official system counted. */
export function officialRollText(roll: OwnerVoteView['roll']): string {
  return `全体业主 ${groupThousands(roll.headcount)} 人 · 专有面积 ${formatArea(roll.areaCentiM2)}（按官方系统的统计）`;
}

export interface PartLines {
  /** `3,179 / 5,726 人 · 55.5%` */
  headcount: string;
  /** `1,234.5 m² / 2,000 m² · 61.7%` */
  area: string;
}

/** A part of a whole as people read it; the percentage only when the whole is not empty. */
export function partLines(part: TallyPart, whole: TallyPart): PartLines {
  const pct = (p: number, w: number) => {
    const r = formatRatio(p, w);
    return r ? ` · ${r}` : '';
  };
  return {
    headcount: `${groupThousands(part.headcount)} / ${groupThousands(whole.headcount)} 人${pct(part.headcount, whole.headcount)}`,
    area: `${formatArea(part.areaCentiM2)} / ${formatArea(whole.areaCentiM2)}${pct(part.areaCentiM2, whole.areaCentiM2)}`,
  };
}

/** Whether participation was met, in words, with the server's verdict (never recomputed here): a tally is shown only once the vote has closed, so it reads in the past (未达到, not 尚未达到). */
export function participationReason(tally: OwnerDecisionTally): string {
  const lines = partLines(tally.participated, tally.total);
  const verdict = tally.participationMet ? '已达到' : '未达到';
  return `参与表决：人数 ${lines.headcount}，面积 ${lines.area}。要求两项均达到三分之二以上，${verdict}。`;
}

export function approvalReason(tally: OwnerDecisionTally): string {
  if (tally.participated.headcount === 0) return '还没有业主参与表决，谈不上同意比例。';
  const lines = partLines(tally.agreed, tally.participated);
  const need = tally.rule === 'three-quarters' ? '均达到四分之三以上' : '均超过一半';
  const verdict = tally.approvalMet ? '已达到' : '未达到';
  return `同意：人数 ${lines.headcount}，面积 ${lines.area}（占参与表决的）。要求两项${need}，${verdict}。`;
}

/** The vote's stage on its card: `表决中 · 12月20日截止`, `结果询异公示中（至12月27日）`, `表决已中止`… */
export function voteStatusText(vote: VoteStageFields): string {
  return voteStageLabel(vote);
}

export const CHOICE_LABELS = { agree: '同意', disagree: '不同意', abstain: '弃权' } as const;
export const METHOD_LABELS = { online: '线上投票', paper: '纸质票', proxy: '委托票' } as const;

/** The earliest closing day allowed: one day ahead, `YYYY-MM-DD` in China time. */
export function earliestCloseDay(now = new Date()): string {
  return addDays(chinaDay(now), 1);
}

/** The end of a closing day in China time (23:59:59 +08:00) as ISO; null when the text is no real day. */
export function closesAtOf(day: string): string | null {
  if (parseDay(day) !== day) return null;
  return new Date(`${day}T23:59:59+08:00`).toISOString();
}

/** The latest day a vote's notice may have been posted for the vote to open now: VOTE_NOTICE_DAYS days back. */
export function latestNoticeDay(now = new Date()): string {
  return addDays(chinaDay(now), -VOTE_NOTICE_DAYS);
}

/**
 * The day the notice was posted to all owners as the start of that day in China time, or what is wrong in words:
 * owners must be told at least VOTE_NOTICE_DAYS days before the vote opens (物业管理条例 art. 14).
 */
export function noticePostedAtOf(
  day: string,
  now = new Date(),
): { at: string; error: null } | { at: null; error: string } {
  if (!closesAtOf(day)) return { at: null, error: '请选择公告张贴日期' };
  const latest = latestNoticeDay(now);
  if (day > latest)
    return {
      at: null,
      error: `表决须在开始前至少 ${VOTE_NOTICE_DAYS} 日公告全体业主：今天开始表决，公告最晚应在 ${latest} 张贴`,
    };
  return { at: new Date(`${day}T00:00:00+08:00`).toISOString(), error: null };
}

const DAY_MS = 24 * 3600_000;

/** `YYYY-MM-DD` `n` days after `day` (calendar days: China has no daylight saving). */
export function addDays(day: string, n: number): string {
  return new Date(new Date(`${day}T00:00:00Z`).getTime() + n * DAY_MS).toISOString().slice(0, 10);
}

/**
 * An announced vote opens at 09:00 China time of its opening day: in the morning, when owners are up to read that
 * it has started, rather than at midnight.
 */
export const OPENING_TIME_CN = '09:00';

/** The opening of an announced vote on `day` (09:00 +08:00) as ISO; null when the text is no real day. */
export function opensAtOf(day: string): string | null {
  if (!closesAtOf(day)) return null;
  return new Date(`${day}T${OPENING_TIME_CN}:00+08:00`).toISOString();
}

/** Room for a phone clock a little off and for the request's way to the server. */
const CLOCK_MARGIN_MS = 10 * 60_000;

/**
 * The earliest opening day of a vote announced now: the announcement is the notice, so the opening must be at least
 * VOTE_NOTICE_DAYS whole days (of 24 hours) away. Today + 15 in China time before about 08:50, today + 16 after.
 */
export function earliestOpenDay(now = new Date()): string {
  const first = addDays(chinaDay(now), VOTE_NOTICE_DAYS);
  const gap = new Date(opensAtOf(first)!).getTime() - now.getTime();
  return gap >= VOTE_NOTICE_DAYS * DAY_MS + CLOCK_MARGIN_MS ? first : addDays(first, 1);
}

/** How owners are told of the vote at least VOTE_NOTICE_DAYS days before it opens. */
export type VoteStart = 'posted' | 'announce';
export const VOTE_STARTS: VoteStart[] = ['posted', 'announce'];
export const VOTE_START_LABELS: Record<VoteStart, string> = {
  posted: '已在小区公告栏张贴公告（上传张贴照片），现在开始表决',
  announce: `在本平台公告并通知认证业主，${VOTE_NOTICE_DAYS} 天后自动开始`,
};

/** The open-vote form as typed. */
export interface OpenVoteDraft {
  /** Chosen by the organiser, never preset: null until then. */
  matterNo: MatterNo | null;
  secret: boolean;
  kind: VoteKind;
  /** choice: the option labels as typed. */
  options: string[];
  start: VoteStart;
  /** `YYYY-MM-DD`: the vote ends at 24:00 that day. */
  closeDay: string;
  /** posted: the day the notice was posted on the compound's boards. */
  noticeDay: string;
  /** posted: a photo of the posted notice, required: the notice is quoted with it. */
  noticeAttachmentId: number | null;
  /** announce: the day the vote opens by itself. */
  openDay: string;
}

/** The request for the form, or what is wrong with it in words (checked before anything is sent). */
export function openVoteRequestOf(
  draft: OpenVoteDraft,
  now = new Date(),
): { request: OpenOwnerVoteRequest; error: null } | { request: null; error: string } {
  const fail = (error: string) => ({ request: null, error });
  const matterNo = draft.matterNo;
  if (matterNo === null) return fail('请选择表决事项（《民法典》第二百七十八条）');
  const closeDay = draft.closeDay.trim();
  const closesAt = closesAtOf(closeDay);
  const earliestClose = earliestCloseDay(now);
  if (!closesAt) return fail('请选择截止日期');
  if (closeDay < earliestClose) return fail(`截止日期最早 ${formatDateCn(earliestClose)}，请重新选择`);
  let options: string[] | undefined;
  if (draft.kind === 'choice') {
    const labels = optionLabelsOf(draft.options);
    if (labels.error !== null) return fail(labels.error);
    options = labels.options;
  }
  const base: OpenOwnerVoteRequest = {
    matterNo,
    ...(options ? { options } : {}),
    closesAt,
    secret: draft.secret,
  };
  if (draft.start === 'posted') {
    const notice = noticePostedAtOf(draft.noticeDay.trim(), now);
    if (notice.error !== null) return fail(notice.error);
    if (draft.noticeAttachmentId === null) return fail('请上传张贴在小区公告栏的表决公告的照片');
    return {
      request: { ...base, noticePostedAt: notice.at, noticeAttachmentId: draft.noticeAttachmentId },
      error: null,
    };
  }
  const openDay = draft.openDay.trim();
  const opensAt = opensAtOf(openDay);
  if (!opensAt) return fail('请选择开始日期');
  const earliestOpen = earliestOpenDay(now);
  if (openDay < earliestOpen)
    return fail(
      `在本平台公告的表决须在公告 ${VOTE_NOTICE_DAYS} 日后才开始：开始日期最早 ${formatDateCn(earliestOpen)}`,
    );
  if (closeDay <= openDay)
    return fail(`截止日期须晚于开始日期 ${formatDateCn(openDay)}，最早 ${formatDateCn(addDays(openDay, 1))}`);
  return { request: { ...base, opensAt }, error: null };
}

/** What opening the vote will do, in plain words, for the confirm dialog. */
export function openVoteConfirm(request: OpenOwnerVoteRequest): { title: string; content: string } {
  const options = request.options
    ? `多选一：${request.options.map((o) => `「${o}」`).join('、')}，每位业主选一项或弃权，一个选项须单独达到通过条件才通过。`
    : '';
  const matter = `第${request.matterNo}项：${MATTER_LABELS[request.matterNo]}。${thresholdText(ruleOf(request.matterNo))}。${options}`;
  const closes = `${formatDateCn(request.closesAt)} 24 点截止`;
  if (request.opensAt)
    return {
      title: '发布表决公告？',
      content: `现在在本平台发布表决公告并通知本小区的认证业主，${formatDateTimeCn(request.opensAt)} 自动开始表决，${closes}。开始前不能投票，表决名单在开始时确定。${matter}发布后表决方式不能再改。`,
    };
  return {
    title: '发起业主表决？',
    content: `现在开始表决，${closes}。${matter}开启后表决名单固定，表决方式不能再改。`,
  };
}
