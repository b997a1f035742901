import { ApiError } from './request';

// Letters and digits only: a subset of the shared key alphabet, so every key passes the server's check.
const KEY_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/** A fresh `Idempotency-Key` (one that `isIdempotencyKey` of @xiaoqu/shared accepts): the time in base 36 and 16 random characters. */
export function newIdempotencyKey(random: () => number = Math.random, now: () => number = Date.now): string {
  let tail = '';
  for (let i = 0; i < 16; i += 1) tail += KEY_ALPHABET[Math.floor(random() * KEY_ALPHABET.length)] ?? 'x';
  return `k-${now().toString(36)}-${tail}`;
}

/** A network failure or a server hiccup: the write may or may not have arrived, so the same key goes again. */
export function isRetryable(error: unknown): boolean {
  return error instanceof ApiError && (error.code === 'NETWORK' || error.status >= 500);
}

/** Two sends are the same request when their JSON is: the same record asked for again. */
export const sameRequest = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

/**
 * A POST that creates a record, sent with an idempotency key per tap (see createIdempotentSender): `post(path, body)`.
 */
export function idempotentPost<Res>(
  post: (path: string, body: unknown, key: string) => Promise<Res>,
): (path: string, body: unknown) => Promise<Res> {
  const send = createIdempotentSender<{ path: string; body: unknown }, Res>(
    ({ path, body }, key) => post(path, body, key),
    sameRequest,
  );
  return (path, body) => send({ path, body });
}

/**
 * Sends a write that creates a record with one `Idempotency-Key` per tap: a failed send is retried once at once with
 * the same key, and a later send of the same request (`same`; the user's retry) reuses it too, so the server keeps one
 * record however often the request reached it. Another request, or one that arrived, starts a new key.
 */
export function createIdempotentSender<Req, Res>(
  send: (request: Req, key: string) => Promise<Res>,
  same: (a: Req, b: Req) => boolean,
  makeKey: () => string = newIdempotencyKey,
): (request: Req) => Promise<Res> {
  let pending: { request: Req; key: string } | null = null;
  return async (request) => {
    if (!pending || !same(pending.request, request)) pending = { request, key: makeKey() };
    const { key } = pending;
    try {
      let result: Res;
      try {
        result = await send(request, key);
      } catch (error) {
        if (!isRetryable(error)) throw error;
        result = await send(request, key);
      }
      pending = null;
      return result;
    } catch (error) {
      if (!isRetryable(error)) pending = null;
      throw error;
    }
  };
}
