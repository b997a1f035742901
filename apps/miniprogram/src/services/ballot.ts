import type { BallotReceipt, CastBallotRequest } from '@xiaoqu/shared';
import { ApiError } from './request';

const KEY_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/** A fresh `Idempotency-Key` (8–64 of `[A-Za-z0-9_-]`): the time in base 36 and 16 random characters. */
export function newIdempotencyKey(random: () => number = Math.random, now: () => number = Date.now): string {
  let tail = '';
  for (let i = 0; i < 16; i += 1) tail += KEY_ALPHABET[Math.floor(random() * KEY_ALPHABET.length)] ?? 'x';
  return `b-${now().toString(36)}-${tail}`;
}

/** A network failure or a server hiccup: the ballot may or may not have arrived, so the same key goes again. */
export function isRetryable(error: unknown): boolean {
  return error instanceof ApiError && (error.code === 'NETWORK' || error.status >= 500);
}

export type CastBallot = (voteId: number, body: CastBallotRequest, idempotencyKey: string) => Promise<BallotReceipt>;

/** Two ballots are the same tap's when they choose the same: the same choice, or the same option (null abstains). */
const sameBallot = (a: CastBallotRequest, b: CastBallotRequest) => a.choice === b.choice && a.optionId === b.optionId;

/**
 * Sends ballots with one key per tap: a failed send is retried once at once with the same key, and a later tap of
 * the same choice (or option) on the same vote (the user's retry) reuses it too, so the server keeps one ballot
 * however often the request reached it. A new choice, or a ballot that arrived, starts a new key.
 */
export function createBallotSender(cast: CastBallot, makeKey: () => string = newIdempotencyKey) {
  let pending: { voteId: number; body: CastBallotRequest; key: string } | null = null;
  return async function send(voteId: number, body: CastBallotRequest): Promise<BallotReceipt> {
    if (!pending || pending.voteId !== voteId || !sameBallot(pending.body, body))
      pending = { voteId, body, key: makeKey() };
    const { key } = pending;
    try {
      let receipt: BallotReceipt;
      try {
        receipt = await cast(voteId, body, key);
      } catch (error) {
        if (!isRetryable(error)) throw error;
        receipt = await cast(voteId, body, key);
      }
      pending = null;
      return receipt;
    } catch (error) {
      if (!isRetryable(error)) pending = null;
      throw error;
    }
  };
}
