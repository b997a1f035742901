import {
  parseAreaCentiM2,
  type AnswerObjectionRequest,
  type CastBallotRequest,
  type CorrectionKind,
  type CorrectionRequest,
  type MeResponse,
  type ObjectionKind,
  type ObjectionRequest,
  type OwnerVoteView,
  type VoteCorrectionView,
} from '@xiaoqu/shared';

// As the API takes them.
export const OBJECTION_TEXT_MIN = 5;
export const OBJECTION_TEXT_MAX = 2000;
export const ANSWER_TEXT_MIN = 2;
export const ANSWER_TEXT_MAX = 2000;
export const CORRECTION_REASON_MIN = 5;
export const CORRECTION_REASON_MAX = 1000;
/** 1,000,000 m²: no unit's area is larger. */
export const ROLL_AREA_MAX_CENTI_M2 = 100_000_000;
export const OBJECTION_PHOTOS_MAX = 9;
export const EVIDENCE_MAX = 9;

/**
 * Whether the result is in its objection period (询异公示): held here, closed, still preliminary and before the
 * period's end. Owners object and organisers answer and correct only then; the server has the last word.
 */
export function inObjectionPeriod(
  vote: Pick<OwnerVoteView, 'channel' | 'status' | 'resultStage' | 'objectionEndsAt'>,
  now = Date.now(),
): boolean {
  return (
    vote.channel === 'here' &&
    vote.status === 'closed' &&
    vote.resultStage === 'preliminary' &&
    vote.objectionEndsAt !== null &&
    new Date(vote.objectionEndsAt).getTime() > now
  );
}

/** `3栋 1单元 502` */
export function unitLabel(u: { building: string; entrance: string; room: string }): string {
  return `${u.building} ${u.entrance} ${u.room}`.replace(/\s+/g, ' ').trim();
}

/** My own units in the compound: an objection about a ballot may only be about one of them. */
export function ownUnits(me: Pick<MeResponse, 'units'>, compoundId: number): { unitId: number; label: string }[] {
  return me.units.filter((u) => u.compound.id === compoundId).map((u) => ({ unitId: u.unitId, label: unitLabel(u) }));
}

/** The objection form as filled in. */
export interface ObjectionDraft {
  kind: ObjectionKind | null;
  unitId: number | null;
  text: string;
  attachmentIds: number[];
}

type Built<T> = { request: T; error: null } | { request: null; error: string };
const fail = (error: string) => ({ request: null, error });

/** The objection, or the first thing wrong with it in words. */
export function objectionRequestOf(draft: ObjectionDraft, ownUnitIds: number[]): Built<ObjectionRequest> {
  if (!draft.kind) return fail('请选择异议的类型');
  if (draft.unitId === null) return fail(draft.kind === 'ballot' ? '请选择您名下的房屋' : '请选择异议涉及的房屋');
  if (draft.kind === 'ballot' && !ownUnitIds.includes(draft.unitId))
    return fail('表决记录的异议只能就您自己名下的房屋提出');
  const text = draft.text.trim();
  if (!text) return fail('请写明异议的内容和理由');
  if (text.length < OBJECTION_TEXT_MIN) return fail(`异议至少 ${OBJECTION_TEXT_MIN} 个字，请写明哪里有误`);
  if (text.length > OBJECTION_TEXT_MAX) return fail(`异议最多 ${OBJECTION_TEXT_MAX} 个字`);
  if (draft.attachmentIds.length > OBJECTION_PHOTOS_MAX) return fail(`照片最多 ${OBJECTION_PHOTOS_MAX} 张`);
  return {
    request: { kind: draft.kind, unitId: draft.unitId, text, attachmentIds: draft.attachmentIds },
    error: null,
  };
}

/** A correction as the organiser fills it in. */
export interface CorrectionDraft {
  kind: CorrectionKind | null;
  unitId: number | null;
  /** ballot_choice: the ballot entered wrongly. */
  ballotId: number | null;
  /** ballot_choice: what the signed form says (`{choice}` or `{optionId}`, null abstaining). */
  ballot: Pick<CastBallotRequest, 'choice' | 'optionId'> | null;
  /** roll_area: the area in m² as typed. */
  areaText: string;
  reason: string;
  evidenceAttachmentIds: number[];
}

export const emptyCorrection = (): CorrectionDraft => ({
  kind: null,
  unitId: null,
  ballotId: null,
  ballot: null,
  areaText: '',
  reason: '',
  evidenceAttachmentIds: [],
});

/**
 * The correction, or the first thing wrong with it in words. A roll area is typed in m² and parsed from its digits
 * to 0.01 m² (never through a float).
 */
export function correctionRequestOf(draft: CorrectionDraft): Built<CorrectionRequest> {
  if (!draft.kind) return fail('请选择更正的类型');
  if (draft.unitId === null) return fail('请选择更正涉及的房屋');
  const extra: Partial<CorrectionRequest> = {};
  if (draft.kind === 'ballot_choice') {
    if (draft.ballotId === null) return fail('请选择录入有误的那张表决票');
    if (!draft.ballot) return fail('请选择签字表决票上的真实意见');
    extra.ballotId = draft.ballotId;
    if (draft.ballot.choice !== undefined) extra.choice = draft.ballot.choice;
    if (draft.ballot.optionId !== undefined) extra.optionId = draft.ballot.optionId;
  }
  if (draft.kind === 'roll_area') {
    const areaCentiM2 = parseAreaCentiM2(draft.areaText);
    if (areaCentiM2 === null) return fail('面积请填大于 0 的数，单位 m²，最多两位小数，例如 89.5');
    if (areaCentiM2 > ROLL_AREA_MAX_CENTI_M2) return fail('面积过大，请核对单位是 m²');
    extra.areaCentiM2 = areaCentiM2;
  }
  const reason = draft.reason.trim();
  if (!reason) return fail('请写明更正的理由');
  if (reason.length < CORRECTION_REASON_MIN) return fail(`理由至少 ${CORRECTION_REASON_MIN} 个字`);
  if (reason.length > CORRECTION_REASON_MAX) return fail(`理由最多 ${CORRECTION_REASON_MAX} 个字`);
  if (draft.evidenceAttachmentIds.length === 0)
    return fail('请上传至少一份证据（签字的表决票、不动产登记信息等，图片或 PDF）');
  if (draft.evidenceAttachmentIds.length > EVIDENCE_MAX) return fail(`证据最多 ${EVIDENCE_MAX} 份`);
  return {
    request: {
      kind: draft.kind,
      unitId: draft.unitId,
      ...extra,
      reason,
      evidenceAttachmentIds: draft.evidenceAttachmentIds,
    },
    error: null,
  };
}

/** The answer to an objection, with its correction when one is due, or the first thing wrong in words. */
export function answerRequestOf(text: string, correction: CorrectionDraft | null): Built<AnswerObjectionRequest> {
  const answer = text.trim();
  if (!answer) return fail('请写明对这条异议的答复');
  if (answer.length < ANSWER_TEXT_MIN) return fail(`答复至少 ${ANSWER_TEXT_MIN} 个字`);
  if (answer.length > ANSWER_TEXT_MAX) return fail(`答复最多 ${ANSWER_TEXT_MAX} 个字`);
  if (!correction) return { request: { text: answer }, error: null };
  const built = correctionRequestOf(correction);
  if (built.error !== null) return fail(built.error);
  return { request: { text: answer, correction: built.request }, error: null };
}

/** `第 12 号公示，更正第 10 号`: the correction's link of the chain and the link it corrects. */
export function correctionLinkText(c: Pick<VoteCorrectionView, 'publication' | 'corrects'>): string {
  return `第 ${c.publication.seq} 号公示，更正第 ${c.corrects.seq} 号`;
}

export type ObjectionPageMode = 'raise' | 'answer' | 'correct';

/**
 * Why the objection page cannot do what it was opened for, in words, or null when it can: owners object during
 * the period; organisers answer an unanswered objection while the result is preliminary and correct during the
 * period. The server checks again.
 */
export function objectionPageRefusal(
  mode: ObjectionPageMode,
  ctx: {
    vote: Pick<OwnerVoteView, 'channel' | 'status' | 'resultStage' | 'objectionEndsAt'> | null;
    owner: boolean;
    organiser: boolean;
    objection?: { answer: unknown } | null;
  },
  now = Date.now(),
): string | null {
  const { vote } = ctx;
  if (!vote || vote.channel !== 'here' || vote.status !== 'closed' || vote.resultStage === null)
    return '这个议题没有处在询异公示中的表决结果。';
  if (mode === 'raise') {
    if (!ctx.owner) return '只有本小区经认证的业主可以提出异议。';
    if (!inObjectionPeriod(vote, now)) return '询异公示期已经结束，不能再提出异议。';
    return null;
  }
  if (!ctx.organiser) return '只有本小区的业委会成员和社区管理员可以答复异议和更正结果。';
  if (vote.resultStage !== 'preliminary') return '结果已经生效，不能再答复或更正。';
  if (mode === 'correct') return inObjectionPeriod(vote, now) ? null : '询异公示期已经结束，不能再单独更正结果。';
  if (!ctx.objection) return '没有找到这条异议，可能已被撤回，请返回刷新。';
  if (ctx.objection.answer) return '这条异议已经答复过了。';
  return null;
}
