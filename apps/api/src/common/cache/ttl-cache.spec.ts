import { TtlCache } from './ttl-cache.js';

test('entries expire, the oldest goes when full, and a TTL of 0 keeps nothing', () => {
  const cache = new TtlCache<string, number>(1000, 2);
  cache.set('a', 1, 0);
  cache.set('b', 2, 0);
  expect(cache.get('a', 999)).toBe(1);
  expect(cache.get('a', 1000)).toBeUndefined();
  cache.set('c', 3, 0);
  cache.set('d', 4, 0);
  expect(cache.size).toBe(2);
  expect(cache.get('b', 1)).toBeUndefined();
  expect(cache.get('d', 1)).toBe(4);
  const off = new TtlCache<string, number>(0, 10);
  off.set('a', 1);
  expect(off.get('a')).toBeUndefined();
});
