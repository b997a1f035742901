import { createInflateRaw } from 'node:zlib';

/** What an imported spreadsheet may hold: a roster of the largest compound fits many times over. */
export const TABLE_LIMITS = {
  rows: 50_000,
  columns: 100,
  cells: 1_000_000,
  /** Unpacked size of one part of the .xlsx (a sheet, the shared strings) and of all parts together. */
  partBytes: 64 * 1024 * 1024,
  totalBytes: 128 * 1024 * 1024,
  parts: 500,
} as const;

export type TableLimitBreach = { rows: number } | { columns: number } | { cells: number } | { bytes: number } | null;

interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  local: number;
  dataStart: number;
}

/** The entries of a zip, from its central directory; null when the file is not a zip this reader understands. */
function zipEntries(buffer: Buffer): { entries: ZipEntry[]; directory: number } | null {
  const eocdMin = 22;
  let eocd = -1;
  for (let i = buffer.length - eocdMin; i >= Math.max(0, buffer.length - eocdMin - 0xffff); i--) {
    if (buffer.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return null;
  const count = buffer.readUInt16LE(eocd + 10);
  const directory = buffer.readUInt32LE(eocd + 16);
  let at = directory;
  if (count === 0xffff || at === 0xffffffff) return null; // zip64: no spreadsheet of ours needs it
  const entries: ZipEntry[] = [];
  for (let n = 0; n < count; n++) {
    if (at + 46 > buffer.length || buffer.readUInt32LE(at) !== 0x02014b50) return null;
    const method = buffer.readUInt16LE(at + 10);
    const compressedSize = buffer.readUInt32LE(at + 20);
    const nameLength = buffer.readUInt16LE(at + 28);
    const extraLength = buffer.readUInt16LE(at + 30);
    const commentLength = buffer.readUInt16LE(at + 32);
    const local = buffer.readUInt32LE(at + 42);
    const name = buffer.toString('utf8', at + 46, at + 46 + nameLength);
    if (local + 30 > directory || buffer.readUInt32LE(local) !== 0x04034b50) return null;
    // The streaming reader goes by the local header: it must describe the same bytes as the directory.
    const sizesFollow = (buffer.readUInt16LE(local + 6) & 8) !== 0;
    if (sizesFollow ? method === 0 : buffer.readUInt32LE(local + 18) !== compressedSize) return null;
    const dataStart = local + 30 + buffer.readUInt16LE(local + 26) + buffer.readUInt16LE(local + 28);
    if (dataStart + compressedSize > directory) return null;
    entries.push({ name, method, compressedSize, local, dataStart });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return { entries, directory };
}

/**
 * Unpacks one entry as a stream, counting bytes (the sizes a zip declares can lie), and stops at `budget`.
 * Returns the unpacked size (or `budget + 1` when over) and the first `headBytes` of the text.
 */
async function unpackedSize(buffer: Buffer, entry: ZipEntry, budget: number, headBytes: number) {
  const data = buffer.subarray(entry.dataStart, entry.dataStart + entry.compressedSize);
  if (entry.method === 0) return { size: data.length, head: data.subarray(0, headBytes).toString('utf8') };
  if (entry.method !== 8) return null;
  const inflate = createInflateRaw();
  let size = 0;
  const head: Buffer[] = [];
  let headSize = 0;
  const done = new Promise<void>((resolve, reject) => {
    inflate.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (headSize < headBytes) {
        head.push(chunk.subarray(0, headBytes - headSize));
        headSize += Math.min(chunk.length, headBytes - headSize);
      }
      if (size > budget) inflate.destroy();
    });
    inflate.on('close', resolve);
    inflate.on('end', resolve);
    inflate.on('error', reject);
  });
  inflate.end(data);
  try {
    await done;
  } catch {
    return null;
  }
  return { size, head: Buffer.concat(head).toString('utf8') };
}

/** Column letters to a number: `A` → 1, `XFD` → 16384. */
function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** The rows and columns a sheet says it spans (`<dimension ref="A1:XFD1048576"/>`), when it says. */
export function sheetDimension(xmlHead: string): { rows: number; columns: number } | null {
  const ref = /<(?:\w+:)?dimension\s+ref="([^"]+)"/.exec(xmlHead)?.[1];
  if (!ref) return null;
  const cells = ref.split(':').map((c) => /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(c));
  if (cells.some((c) => !c)) return null;
  const [first, last] = [cells[0] as RegExpExecArray, (cells[1] ?? cells[0]) as RegExpExecArray];
  return {
    rows: Number(last[2]) - Number(first[2]) + 1,
    columns: columnNumber(last[1]) - columnNumber(first[1]) + 1,
  };
}

const isSheet = (name: string) => /^xl\/worksheets\/[^/]+\.xml$/.test(name);

/**
 * Checks an .xlsx before any cell is read: how many parts, how big each really is once unpacked, and the size each
 * sheet declares. On success, gives the file's parts reordered so that the sheets come last: a streaming reader then
 * knows the shared strings before the first row and never parks a sheet in a temporary file.
 */
export async function checkXlsx(
  buffer: Buffer,
): Promise<
  { breach: NonNullable<TableLimitBreach> } | { unreadable: true } | { parts: Buffer[]; hasSharedStrings: boolean }
> {
  const zip = zipEntries(buffer);
  if (!zip) return { unreadable: true };
  const { entries, directory } = zip;
  if (entries.length > TABLE_LIMITS.parts) return { breach: { bytes: buffer.length } };
  let total = 0;
  for (const entry of entries) {
    const budget = Math.min(TABLE_LIMITS.partBytes, TABLE_LIMITS.totalBytes - total);
    const unpacked = await unpackedSize(buffer, entry, budget, isSheet(entry.name) ? 64 * 1024 : 0);
    if (!unpacked) return { unreadable: true };
    if (unpacked.size > budget) return { breach: { bytes: total + unpacked.size } };
    total += unpacked.size;
    const dimension = isSheet(entry.name) ? sheetDimension(unpacked.head) : null;
    if (dimension && dimension.rows > TABLE_LIMITS.rows) return { breach: { rows: dimension.rows } };
    if (dimension && dimension.rows * dimension.columns > TABLE_LIMITS.cells)
      return { breach: { cells: dimension.rows * dimension.columns } };
  }
  const byOffset = [...entries].sort((a, b) => a.local - b.local);
  const part = (e: ZipEntry) => {
    const next = byOffset[byOffset.indexOf(e) + 1];
    return buffer.subarray(e.local, next ? next.local : directory);
  };
  const parts = [
    ...byOffset.filter((e) => !isSheet(e.name)).map(part),
    ...byOffset.filter((e) => isSheet(e.name)).map(part),
    buffer.subarray(directory),
  ];
  return { parts, hasSharedStrings: entries.some((e) => e.name === 'xl/sharedStrings.xml') };
}
