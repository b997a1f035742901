import { SetMetadata } from '@nestjs/common';

/** The kinds of route with a rate limit; every other route is not throttled. */
export type RateLimitKind = 'login' | 'write' | 'claim' | 'upload';

export const RATE_LIMIT_KEY = 'rateLimit';

/**
 * Throttles this route per person and per IP with the limits of its kind (AppConfig THROTTLE_*): the routes an
 * abuser can use to make work for others or cost (logins call WeChat; filings create records staff must read).
 */
export const RateLimit = (kind: RateLimitKind) => SetMetadata(RATE_LIMIT_KEY, kind);
