import { jest } from '@jest/globals';
import ExcelJS from 'exceljs';
import { crc32, deflateRawSync } from 'node:zlib';
import JSZip from 'jszip';
import type { RosterImportResult } from '@xiaoqu/shared';
import { expectError, startTestApp, type TestApp } from './test-app.js';

let t: TestApp;
let admin: string;
let yulin: number;

jest.setTimeout(60_000);

beforeAll(async () => {
  t = await startTestApp();
  admin = await t.login('demo-community-admin');
  yulin = t.demo!.compoundIds.yulin;
});
afterAll(() => t.close());

function upload(content: Buffer, fileName = 'roster.xlsx') {
  const form = new FormData();
  form.append('file', new Blob([content]), fileName);
  return t.http<RosterImportResult>('POST', `/api/compounds/${yulin}/roster`, { token: admin, body: form });
}

/** A zip of `parts`, deflated by zlib (JSZip's own deflate takes seconds for the large bombs). */
function zipOf(parts: [string, Buffer][]): Buffer {
  const locals: Buffer[] = [];
  const directory: Buffer[] = [];
  let offset = 0;
  for (const [name, content] of parts) {
    const data = deflateRawSync(content, { level: 9 });
    const fileName = Buffer.from(name);
    const fields = (header: Buffer, at: number) => {
      header.writeUInt16LE(20, at); // version needed
      header.writeUInt16LE(0, at + 2); // flags
      header.writeUInt16LE(8, at + 4); // deflate
      header.writeUInt32LE(0, at + 6); // time and date
      header.writeUInt32LE(crc32(content), at + 10);
      header.writeUInt32LE(data.length, at + 14);
      header.writeUInt32LE(content.length, at + 18);
      header.writeUInt16LE(fileName.length, at + 22);
    };
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    fields(local, 4);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    fields(central, 6);
    central.writeUInt32LE(offset, 42);
    locals.push(local, fileName, data);
    directory.push(central, fileName);
    offset += local.length + fileName.length + data.length;
  }
  const size = directory.reduce((n, b) => n + b.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(size, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, ...directory, end]);
}

/** A real workbook from exceljs, with some of its parts replaced. */
async function workbookWith(replaced: Record<string, Buffer>): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet('花名册').addRow(['楼栋']);
  const zip = await JSZip.loadAsync(await workbook.xlsx.writeBuffer());
  const parts: [string, Buffer][] = [];
  for (const file of Object.values(zip.files)) {
    if (!file.dir) parts.push([file.name, replaced[file.name] ?? (await file.async('nodebuffer'))]);
  }
  return zipOf(parts);
}

const workbookWithSheet = (sheetXml: string) => workbookWith({ 'xl/worksheets/sheet1.xml': Buffer.from(sheetXml) });

const sheet = (dimension: string | null, rows: string) =>
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
  '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
  (dimension ? `<dimension ref="${dimension}"/>` : '') +
  `<sheetData>${rows}</sheetData></worksheet>`;

/** One cell at the last cell a sheet can have: ~1.7 KB that a whole-workbook reader blows up to gigabytes. */
const farCell = (withDimension: boolean) =>
  workbookWithSheet(
    sheet(withDimension ? 'A1:XFD1048576' : null, '<row r="1048576"><c r="XFD1048576"><v>1</v></c></row>'),
  );

/** 240,000 filled rows, as the 5 MB file of the finding. */
const manyRowsMade = new Map<boolean, Promise<Buffer>>();
function manyRows(withDimension: boolean): Promise<Buffer> {
  if (!manyRowsMade.has(withDimension)) manyRowsMade.set(withDimension, makeManyRows(withDimension));
  return manyRowsMade.get(withDimension)!;
}
function makeManyRows(withDimension: boolean): Promise<Buffer> {
  const rows: string[] = [];
  for (let r = 1; r <= 240_000; r++)
    rows.push(`<row r="${r}"><c r="A${r}"><v>${r}</v></c><c r="B${r}"><v>${r * 7}</v></c></row>`);
  return workbookWithSheet(sheet(withDimension ? 'A1:B240000' : null, rows.join('')));
}

test('a sheet that declares the last cell, or has it, is refused with a code before its cells are read', async () => {
  const declared = await farCell(true);
  expect(declared.length).toBeLessThan(8 * 1024);
  expectError(await upload(declared), 413, 'SPREADSHEET_TOO_LARGE');
  expectError(await upload(await farCell(false)), 413, 'SPREADSHEET_TOO_LARGE');
});

test('240,000 rows are refused, whether or not the sheet declares them', async () => {
  expectError(await upload(await manyRows(true)), 413, 'SPREADSHEET_TOO_LARGE');
  expectError(await upload(await manyRows(false)), 413, 'SPREADSHEET_TOO_LARGE');
});

test('a part that unpacks past the limit is refused without unpacking it all', async () => {
  const bomb = await workbookWith({ 'xl/sharedStrings.xml': Buffer.alloc(70 * 1024 * 1024, 0x20) });
  expect(bomb.length).toBeLessThan(1024 * 1024);
  expectError(await upload(bomb), 413, 'SPREADSHEET_TOO_LARGE');
});

// The API shares this Jest worker with whatever ran before, so the heap is measured as growth over what it was
// when the bombs arrived: the finding was a server whose heap grew by gigabytes; 512 MB is the whole budget.
test('under eight bombs at once /api/health answers within a second and the heap grows by less than 256 MB', async () => {
  const bombs = [
    await farCell(true),
    await farCell(false),
    await manyRows(true),
    await manyRows(false),
    await farCell(true),
    await farCell(false),
    await manyRows(true),
    await manyRows(false),
  ];
  let slowest = 0;
  const before = process.memoryUsage().heapUsed;
  let heap = before;
  let running = true;
  const watch = (async () => {
    while (running) {
      const started = performance.now();
      const health = await t.http('GET', '/api/health');
      expect(health.status).toBe(200);
      slowest = Math.max(slowest, performance.now() - started);
      heap = Math.max(heap, process.memoryUsage().heapUsed);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  })();
  const answers = await Promise.all(bombs.map((bomb) => upload(bomb)));
  running = false;
  await watch;
  for (const answer of answers) expectError(answer, 413, 'SPREADSHEET_TOO_LARGE');
  const growth = heap - before;
  console.log(
    `health slowest ${Math.round(slowest)} ms, heap ${Math.round(before / 2 ** 20)} MB + ${Math.round(growth / 2 ** 20)} MB`,
  );
  expect(slowest).toBeLessThan(1000);
  expect(growth).toBeLessThan(256 * 2 ** 20);
});
