import type { TerminateVoteRequest } from '@xiaoqu/shared';

/** As the API takes it: a reason of 5–500 characters. */
export const TERMINATION_REASON_MIN = 5;
export const TERMINATION_REASON_MAX = 500;

/** The reason as typed, or what is wrong with it in words: a vote is voided only with a written reason. */
export function terminateRequestOf(
  reason: string,
): { request: TerminateVoteRequest; error: null } | { request: null; error: string } {
  const text = reason.trim();
  if (!text) return { request: null, error: '请写明中止表决的理由，理由会公示给全体业主' };
  if (text.length < TERMINATION_REASON_MIN)
    return { request: null, error: `理由至少 ${TERMINATION_REASON_MIN} 个字，请写清为什么中止` };
  if (text.length > TERMINATION_REASON_MAX) return { request: null, error: `理由最多 ${TERMINATION_REASON_MAX} 个字` };
  return { request: { reason: text }, error: null };
}

/** What terminating does, said before it is done. */
export function terminateConfirm(reason: string): { title: string; content: string } {
  return {
    title: '中止这次表决？',
    content:
      `中止后本次表决作废：不能再投票，已投的票全部不计，也不会公布任何票数或任何人的选择。` +
      `中止和理由会公示给全体业主，不能撤回。理由：${reason}`,
  };
}
