import { createHash } from 'node:crypto';
import { canonicalJson, isIdempotencyKey } from '@xiaoqu/shared';
import { DomainException } from '../errors/domain.exception.js';
import { isUniqueViolation } from '../errors/db-errors.js';

/**
 * The `Idempotency-Key` header of a write that creates a record (shared rule: isIdempotencyKey), or null when absent.
 * The same key and body answer the first record again; the same key with another body is IDEMPOTENCY_KEY_REUSED.
 */
export function parseIdempotencyKey(value: string | undefined): string | null {
  if (value === undefined) return null;
  if (!isIdempotencyKey(value))
    throw new DomainException('VALIDATION_FAILED', 'Idempotency-Key 应为 8–64 位字母、数字、- 或 _');
  return value;
}

/** The digest stored beside a key, to tell a retry (same body) from a reuse (another body). */
export const requestSha256 = (body: object): string =>
  createHash('sha256')
    .update(canonicalJson({ ...body }))
    .digest('hex');

/** What a record created with a key keeps of it. */
export interface KeyStamp {
  idempotencyKey: string | null;
  requestSha256: string | null;
}

/**
 * Creates a record once per key: an earlier record with this key is the answer (or IDEMPOTENCY_KEY_REUSED when its
 * body differed), and so is the winner of a race on the unique (creator, key) index. Without a key, just creates.
 */
export async function createOnce<T>(
  key: string | null,
  body: object,
  steps: {
    /** The caller's earlier record with this key. */
    earlier: (key: string) => Promise<{ id: number; requestSha256: string | null } | null>;
    /** Creates the record, storing the stamp in its idempotencyKey and requestSha256 columns. */
    create: (stamp: KeyStamp) => Promise<T>;
    /** The answer for an earlier record, as `create` answers. */
    answer: (id: number) => Promise<T>;
  },
): Promise<T> {
  if (!key) return steps.create({ idempotencyKey: null, requestSha256: null });
  const digest = requestSha256(body);
  const found = async () => {
    const row = await steps.earlier(key);
    if (row && row.requestSha256 !== digest) throw new DomainException('IDEMPOTENCY_KEY_REUSED');
    return row ? steps.answer(row.id) : null;
  };
  const before = await found();
  if (before) return before;
  try {
    return await steps.create({ idempotencyKey: key, requestSha256: digest });
  } catch (err) {
    const raced = isUniqueViolation(err) ? await found() : null;
    if (!raced) throw err;
    return raced;
  }
}
