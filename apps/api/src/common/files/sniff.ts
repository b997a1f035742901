import { inflateSync } from 'node:zlib';

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

/** Largest image we keep: a phone photo is 12–50 megapixels; a header declaring more is a decompression bomb. */
export const MAX_IMAGE_SIDE = 20_000;
export const MAX_IMAGE_PIXELS = 100_000_000;

/** Width and height an image declares in its header, or null when the header cannot be read. */
export function imageDimensions(kind: FileKind, b: Buffer): { width: number; height: number } | null {
  if (kind === 'png') return b.length >= 24 ? { width: b.readUInt32BE(16), height: b.readUInt32BE(20) } : null;
  if (kind === 'webp') {
    const chunk = b.toString('latin1', 12, 16);
    if (chunk === 'VP8X' && b.length >= 30) return { width: 1 + b.readUIntLE(24, 3), height: 1 + b.readUIntLE(27, 3) };
    if (chunk === 'VP8L' && b.length >= 25) {
      const bits = b.readUInt32LE(21);
      return { width: 1 + (bits & 0x3fff), height: 1 + ((bits >>> 14) & 0x3fff) };
    }
    if (chunk === 'VP8 ' && b.length >= 30)
      return { width: b.readUInt16LE(26) & 0x3fff, height: b.readUInt16LE(28) & 0x3fff };
    return null;
  }
  if (kind === 'jpeg') {
    // Walk the markers to the first start-of-frame (SOF0–SOF15 but DHT, JPG and DAC).
    let at = 2;
    while (at + 9 < b.length) {
      if (b[at] !== 0xff) return null;
      const marker = b[at + 1];
      if (marker === 0xff) {
        at += 1;
        continue;
      }
      if (marker >= 0xd0 && marker <= 0xd9) {
        at += 2;
        continue;
      }
      if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc)
        return { height: b.readUInt16BE(at + 5), width: b.readUInt16BE(at + 7) };
      at += 2 + b.readUInt16BE(at + 2);
    }
    return null;
  }
  return null;
}

/** PDF names that run code or act on opening: JavaScript, open actions and additional (event) actions. */
const ACTIVE_PDF_NAMES = new Set(['JS', 'JavaScript', 'OpenAction', 'AA', 'Launch']);
const MAX_INFLATED_BYTES = 64 * 1024 * 1024;

/** Whether a PDF names JavaScript or an automatic action, in its plain objects or in its compressed streams. */
export function pdfHasActiveContent(pdf: Buffer): boolean {
  const names = (text: string) => {
    // `#xx` escapes spell a name another way (`/J#61vaScript`): decode before comparing.
    for (const [, raw] of text.matchAll(/\/((?:[A-Za-z0-9]|#[0-9A-Fa-f]{2})+)/g)) {
      const name = raw.replace(/#([0-9A-Fa-f]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
      if (ACTIVE_PDF_NAMES.has(name)) return true;
    }
    return false;
  };
  const text = pdf.toString('latin1');
  if (names(text)) return true;
  // Object streams hide dictionaries in Flate-compressed streams: look inside them too, within a budget.
  let budget = MAX_INFLATED_BYTES;
  for (const match of text.matchAll(/stream\r?\n/g)) {
    const start = match.index + match[0].length;
    const end = text.indexOf('endstream', start);
    if (end < 0) break;
    if (budget <= 0) return true; // more compressed content than any voucher needs: refuse rather than guess
    try {
      const inflated = inflateSync(pdf.subarray(start, end), { maxOutputLength: budget });
      budget -= inflated.length;
      if (names(inflated.toString('latin1'))) return true;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') return true;
      // Not Flate (an image's DCT data, say): nothing to read in it.
    }
  }
  return false;
}

/** Why a file of an accepted kind is still refused (active content, absurd dimensions), or null when it is fine. */
export function contentRefusal(kind: FileKind, buffer: Buffer): string | null {
  if (kind === 'pdf')
    return pdfHasActiveContent(buffer) ? '不接受含有脚本或自动操作（JavaScript、OpenAction）的 PDF' : null;
  if (kind === 'jpeg' || kind === 'png' || kind === 'webp') {
    const size = imageDimensions(kind, buffer);
    if (!size || size.width === 0 || size.height === 0) return '无法读取图片尺寸';
    if (size.width > MAX_IMAGE_SIDE || size.height > MAX_IMAGE_SIDE || size.width * size.height > MAX_IMAGE_PIXELS)
      return `图片尺寸过大（${size.width}×${size.height}），请压缩后再上传`;
  }
  return null;
}
