/** File kinds we accept, recognised by their content, never by their name. */
export type FileKind = 'xlsx' | 'csv' | 'jpeg' | 'png' | 'webp' | 'pdf';

export const MIME_OF: Record<FileKind, string> = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv; charset=utf-8',
  jpeg: 'image/jpeg',
  png: 'image/png',
  webp: 'image/webp',
  pdf: 'application/pdf',
};

const starts = (buffer: Buffer, bytes: number[], at = 0) => bytes.every((b, i) => buffer[at + i] === b);

/** What a file is by its first bytes; `csv` for text without NUL bytes; null for anything else. */
export function sniffFile(buffer: Buffer): FileKind | null {
  if (buffer.length === 0) return null;
  if (starts(buffer, [0xff, 0xd8, 0xff])) return 'jpeg';
  if (starts(buffer, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png';
  if (starts(buffer, [0x52, 0x49, 0x46, 0x46]) && starts(buffer, [0x57, 0x45, 0x42, 0x50], 8)) return 'webp';
  if (starts(buffer, [0x25, 0x50, 0x44, 0x46, 0x2d])) return 'pdf';
  if (starts(buffer, [0x50, 0x4b, 0x03, 0x04])) return 'xlsx';
  if (!buffer.includes(0)) return 'csv';
  return null;
}
