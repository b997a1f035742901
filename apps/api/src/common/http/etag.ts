import type { FastifyReply } from 'fastify';

/** A representation with its entity tag, or without one when it may still change (a draft). */
export interface Tagged<T> {
  view: T;
  etag: string | null;
}

/**
 * Answers a tagged representation: with `ETag` and `Cache-Control: private, no-cache` (a browser keeps it and asks
 * again), and 304 with no body when the caller already holds this version (`If-None-Match`).
 */
export function answerTagged<T>(
  reply: FastifyReply,
  ifNoneMatch: string | undefined,
  tagged: Tagged<T>,
): T | undefined {
  if (!tagged.etag) return tagged.view;
  void reply.header('etag', tagged.etag).header('cache-control', 'private, no-cache');
  const held = (ifNoneMatch ?? '').split(',').map((t) => t.trim().replace(/^W\//, ''));
  if (held.includes(tagged.etag) || held.includes('*')) {
    void reply.code(304);
    return undefined;
  }
  return tagged.view;
}
