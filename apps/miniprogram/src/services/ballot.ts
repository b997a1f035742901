import type { BallotReceipt, CastBallotRequest } from '@xiaoqu/shared';
import { createIdempotentSender, newIdempotencyKey } from './idempotent';

export { isRetryable, newIdempotencyKey } from './idempotent';

export type CastBallot = (voteId: number, body: CastBallotRequest, idempotencyKey: string) => Promise<BallotReceipt>;

/** Two ballots are the same tap's when they choose the same: the same choice, or the same option (null abstains). */
const sameBallot = (a: CastBallotRequest, b: CastBallotRequest) => a.choice === b.choice && a.optionId === b.optionId;

/**
 * Sends ballots with one key per tap (see createIdempotentSender): a retry of the same choice (or option) on the
 * same vote reuses the key, so the server keeps one ballot; a new choice, or a ballot that arrived, starts a new key.
 */
export function createBallotSender(cast: CastBallot, makeKey: () => string = newIdempotencyKey) {
  const send = createIdempotentSender<{ voteId: number; body: CastBallotRequest }, BallotReceipt>(
    ({ voteId, body }, key) => cast(voteId, body, key),
    (a, b) => a.voteId === b.voteId && sameBallot(a.body, b.body),
    makeKey,
  );
  return (voteId: number, body: CastBallotRequest): Promise<BallotReceipt> => send({ voteId, body });
}
