import { createHash } from 'node:crypto';
import { canonicalJson } from '@xiaoqu/shared';
import { DomainException } from '../errors/domain.exception.js';

/**
 * The `Idempotency-Key` header of a write that creates a record: 8–64 of `[A-Za-z0-9_-]`, or null when absent.
 * The same key and body answer the first record again; the same key with another body is IDEMPOTENCY_KEY_REUSED.
 */
export function parseIdempotencyKey(value: string | undefined): string | null {
  if (value === undefined) return null;
  if (!/^[A-Za-z0-9_-]{8,64}$/.test(value))
    throw new DomainException('VALIDATION_FAILED', 'Idempotency-Key 应为 8–64 位字母、数字、- 或 _');
  return value;
}

/** The digest stored beside a key, to tell a retry (same body) from a reuse (another body). */
export const requestSha256 = (body: object): string =>
  createHash('sha256')
    .update(canonicalJson({ ...body }))
    .digest('hex');
