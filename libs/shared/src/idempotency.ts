/** Characters an `Idempotency-Key` may use; the generator on the client draws from these. */
export const IDEMPOTENCY_KEY_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** Shortest and longest `Idempotency-Key` the API accepts. */
export const IDEMPOTENCY_KEY_LENGTH = { min: 8, max: 64 } as const;

/** The `Idempotency-Key` header of a write that creates a record: 8–64 of `[A-Za-z0-9_-]`. */
export const IDEMPOTENCY_KEY_PATTERN = /^[A-Za-z0-9_-]{8,64}$/;

/** Whether `value` is a well-formed `Idempotency-Key` (see IDEMPOTENCY_KEY_PATTERN). */
export const isIdempotencyKey = (value: string): boolean => IDEMPOTENCY_KEY_PATTERN.test(value);
