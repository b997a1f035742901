import { createHash } from 'node:crypto';
import type { FastifyReply } from 'fastify';

/** A representation with its entity tag, or without one when it may still change (a draft). */
export interface Tagged<T> {
  view: T;
  etag: string | null;
}

/** The tag without its weakness marker: `If-None-Match` compares tags weakly (RFC 9110 §13.1.2). */
const opaque = (tag: string) => tag.trim().replace(/^W\//, '');

/**
 * A quoted entity tag derived from stored hashes (e.g. the chain links a page shows): 27 base64url characters of
 * their SHA-256, so the tag changes exactly when one of them does.
 */
export function tagOfHashes(hashes: string[]): string {
  return `"${createHash('sha256').update(hashes.join('\n')).digest('base64url').slice(0, 27)}"`;
}

/**
 * Answers a tagged representation: with `ETag` and `Cache-Control: private, no-cache` (a browser keeps it and asks
 * again), and 304 with no body when the caller already holds this version (`If-None-Match`). The caller's access has
 * been checked before (the route's guard): a 304 tells nothing to someone who may not read the thing.
 */
export function answerTagged<T>(
  reply: FastifyReply,
  ifNoneMatch: string | undefined,
  tagged: Tagged<T>,
): T | undefined {
  if (!tagged.etag) return tagged.view;
  void reply.header('etag', tagged.etag).header('cache-control', 'private, no-cache');
  const held = (ifNoneMatch ?? '').split(',').map(opaque);
  if (held.includes(opaque(tagged.etag)) || held.includes('*')) {
    void reply.code(304);
    return undefined;
  }
  return tagged.view;
}
