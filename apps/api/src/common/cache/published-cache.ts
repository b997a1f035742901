import type { AppConfig } from '../config/app-config.js';
import { TtlCache } from './ttl-cache.js';

/** How many rendered published things one replica keeps per kind (account periods, vote results, service pages). */
export const PUBLISHED_CACHE_MAX_ENTRIES = 500;

/**
 * The bounded cache of rendered published representations (immutable, hashed on the chain, the same for every reader
 * allowed to see them): kept PUBLISHED_CACHE_SECONDS, at most PUBLISHED_CACHE_MAX_ENTRIES, the oldest going first.
 * Never for anything that depends on the caller.
 */
export function publishedCache<K, V>(config: Pick<AppConfig, 'PUBLISHED_CACHE_SECONDS'>): TtlCache<K, V> {
  return new TtlCache<K, V>(config.PUBLISHED_CACHE_SECONDS * 1000, PUBLISHED_CACHE_MAX_ENTRIES);
}
