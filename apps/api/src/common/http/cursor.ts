import { DomainException } from '../errors/domain.exception.js';

/** Keyset pagination by id: the cursor is the last id seen, opaque to clients. */
export function encodeCursor(lastId: number): string {
  return Buffer.from(`id:${lastId}`).toString('base64url');
}

export function decodeCursor(cursor: string | undefined): number {
  if (!cursor) return 0;
  const match = /^id:(\d{1,10})$/.exec(Buffer.from(cursor, 'base64url').toString());
  if (!match) throw new DomainException('VALIDATION_FAILED', '翻页参数无效，请刷新后再试');
  return Number(match[1]);
}
