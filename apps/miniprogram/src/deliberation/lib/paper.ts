import type { CastBallotRequest, PaperBallotRequest } from '@xiaoqu/shared';
import { parseDay } from '@xiaoqu/shared';

/** Shown wherever paper ballots are entered: how an online and a paper ballot of one owner are decided. */
export const PAPER_RULE_TEXT =
  '同一业主以最后作出的一次表决为准：线上投票以投出的时间计，纸质票和委托票以签署当天（北京时间）24 点计。';

export interface PaperBallotForm {
  unitId: number | null;
  /** What the signed form says: `{choice}`, or `{optionId}` in a multi-option vote (null abstaining). */
  ballot: Pick<CastBallotRequest, 'choice' | 'optionId'> | null;
  method: 'paper' | 'proxy';
  signedOn: string;
  scanId: number | null;
  proxyName: string;
  proxyDocumentId: number | null;
}

/** The request, or the first thing missing in words. */
export function paperBallotRequest(
  form: PaperBallotForm,
  today: string,
): { request: PaperBallotRequest; error: null } | { request: null; error: string } {
  const fail = (error: string) => ({ request: null, error });
  if (form.unitId === null) return fail('请选择楼栋和房屋');
  if (!form.ballot) return fail('请选择票面上的意见');
  const { choice, optionId } = form.ballot;
  const marked = { ...(choice !== undefined ? { choice } : {}), ...(optionId !== undefined ? { optionId } : {}) };
  if (parseDay(form.signedOn) !== form.signedOn) return fail('请选择签署日期');
  if (form.signedOn > today) return fail('签署日期不能晚于今天');
  if (form.scanId === null) return fail('请上传签字表决票的照片或扫描件');
  if (form.method === 'proxy') {
    if (!form.proxyName.trim()) return fail('请填写受托人姓名');
    if (form.proxyDocumentId === null) return fail('请上传业主签字的授权委托书');
    return {
      request: {
        unitId: form.unitId,
        ...marked,
        method: 'proxy',
        signedOn: form.signedOn,
        scanAttachmentId: form.scanId,
        proxyName: form.proxyName.trim(),
        proxyDocumentId: form.proxyDocumentId,
      },
      error: null,
    };
  }
  return {
    request: {
      unitId: form.unitId,
      ...marked,
      method: 'paper',
      signedOn: form.signedOn,
      scanAttachmentId: form.scanId,
    },
    error: null,
  };
}
