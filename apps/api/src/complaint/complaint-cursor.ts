import { DomainException } from '../common/errors/domain.exception.js';
import { decodeCursor, encodeCursor } from '../common/http/cursor.js';
import type { Complaint } from './complaint.entities.js';

/**
 * Keyset cursors of the complaint lists, opaque to clients: newest first by id (the project's id cursor), or open items by
 * deadline then id (`due:<epoch seconds>:<id>`), so that a page never skips or repeats a row, at any depth.
 */
export type ComplaintCursor = { kind: 'id'; id: number } | { kind: 'due'; dueAt: Date; id: number };

export function encodeComplaintCursor(last: Complaint, kind: ComplaintCursor['kind']): string {
  if (kind === 'id') return encodeCursor(last.id);
  return Buffer.from(`due:${Math.floor(last.dueAt!.getTime() / 1000)}:${last.id}`).toString('base64url');
}

export function decodeComplaintCursor(
  cursor: string | undefined,
  kind: ComplaintCursor['kind'],
): ComplaintCursor | null {
  if (!cursor) return null;
  if (kind === 'id') return { kind: 'id', id: decodeCursor(cursor) };
  const text = Buffer.from(cursor, 'base64url').toString();
  const due = /^due:(\d{1,12}):(\d{1,10})$/.exec(text);
  if (due) return { kind: 'due', dueAt: new Date(Number(due[1]) * 1000), id: Number(due[2]) };
  throw new DomainException('VALIDATION_FAILED', '翻页参数无效，请刷新后再试');
}
