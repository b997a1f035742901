/**
 * Places are stored with a materialised path of ids, root first (`/1/4/9/`: district 1, street 4, community 9).
 * These are the pure rules on such paths; every domain asks them rather than splitting strings itself.
 */

/** Ids along a path, root first: `/1/4/9/` → [1, 4, 9]. */
export const idsOfPath = (path: string): number[] => path.split('/').filter(Boolean).map(Number);

/** Whether the place at `path` is the place at `ancestorPath` or lies below it. */
export const isWithin = (path: string, ancestorPath: string): boolean =>
  ancestorPath.endsWith('/') && path.startsWith(ancestorPath);
