import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import { DomainException } from '../errors/domain.exception.js';
import { sniffFile } from './sniff.js';
import { checkXlsx, TABLE_LIMITS, type TableLimitBreach } from './xlsx-limits.js';

/** Text of a CSV: UTF-8 (with or without BOM), or GB18030 as saved by Excel on Chinese Windows. */
function decodeCsv(buffer: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(buffer).replace(/^\uFEFF/, '');
  } catch {
    return new TextDecoder('gb18030').decode(buffer);
  }
}

/** A cell as text. Numbers keep at most two decimals exactly (spreadsheets store 89.5 as a binary float). */
function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') {
    const cents = Math.round(value * 100);
    if (Math.abs(value * 100 - cents) > 1e-6) return String(value);
    const sign = cents < 0 ? '-' : '';
    const abs = Math.abs(cents);
    const whole = Math.trunc(abs / 100);
    const frac = abs % 100;
    return `${sign}${whole}${frac === 0 ? '' : `.${String(frac).padStart(2, '0')}`}`;
  }
  if (typeof value === 'string' || typeof value === 'boolean') return String(value);
  // Spreadsheet dates have no time zone: exceljs puts them at UTC midnight.
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object' && 'richText' in value) return value.richText.map((r) => r.text).join('');
  if (typeof value === 'object' && 'result' in value) return cellText(value.result as ExcelJS.CellValue);
  if (typeof value === 'object' && 'text' in value) return String(value.text);
  return String(value);
}

/** At most this many spreadsheets are read at once: the others wait their turn instead of all holding memory. */
const PARALLEL_READS = 2;
let reading = 0;
const waiting: (() => void)[] = [];

async function oneAtATime<T>(read: () => Promise<T>): Promise<T> {
  if (reading >= PARALLEL_READS) await new Promise<void>((resolve) => waiting.push(resolve));
  reading++;
  try {
    return await read();
  } finally {
    reading--;
    waiting.shift()?.();
  }
}

function tooLarge(breach: NonNullable<TableLimitBreach>): DomainException {
  const what =
    'rows' in breach
      ? `行数 ${breach.rows} 超过上限 ${TABLE_LIMITS.rows}`
      : 'columns' in breach
        ? `列数 ${breach.columns} 超过上限 ${TABLE_LIMITS.columns}`
        : 'cells' in breach
          ? `单元格数超过上限 ${TABLE_LIMITS.cells}`
          : `解压后超过 ${TABLE_LIMITS.totalBytes / 1024 / 1024} MB`;
  return new DomainException('SPREADSHEET_TOO_LARGE', `表格太大：${what}，请拆分后再导入`);
}

/**
 * Reads the first sheet of an .xlsx, or a .csv, into rows of cell texts, by content (the file name is only a
 * hint). `minColumns` cells are read on every row even when the sheet leaves them empty. A file past
 * `TABLE_LIMITS` is refused with SPREADSHEET_TOO_LARGE before its cells are held in memory.
 */
export async function readTableFile(buffer: Buffer, minColumns: number): Promise<string[][]> {
  const kind = sniffFile(buffer);
  if (kind === 'csv') return readCsv(buffer);
  if (kind !== 'xlsx') throw new DomainException('UNSUPPORTED_FILE', '只支持 .xlsx 或 .csv 文件');
  return oneAtATime(() => readXlsx(buffer, minColumns));
}

function readCsv(buffer: Buffer): string[][] {
  let table: string[][];
  try {
    table = parse(decodeCsv(buffer), {
      relax_column_count: true,
      skip_empty_lines: false,
      trim: false,
      to: TABLE_LIMITS.rows + 1,
    }) as string[][];
  } catch (err) {
    throw new DomainException('VALIDATION_FAILED', `CSV 格式错误：${(err as Error).message}`);
  }
  if (table.length > TABLE_LIMITS.rows) throw tooLarge({ rows: table.length });
  let cells = 0;
  for (const row of table) {
    if (row.length > TABLE_LIMITS.columns) throw tooLarge({ columns: row.length });
    cells += row.length;
  }
  if (cells > TABLE_LIMITS.cells) throw tooLarge({ cells });
  return table;
}

const UNREADABLE_XLSX = '无法读取这个 .xlsx 文件，请用 Excel 或 WPS 另存后再试';

/** Streams the first sheet row by row: the row, column and cell limits hold whatever the sheet declares. */
async function readXlsx(buffer: Buffer, minColumns: number): Promise<string[][]> {
  const checked = await checkXlsx(buffer);
  if ('unreadable' in checked) throw new DomainException('UNSUPPORTED_FILE', UNREADABLE_XLSX);
  if ('breach' in checked) throw tooLarge(checked.breach);
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from(checked.parts), {
    sharedStrings: 'cache',
    styles: 'cache', // which numbers are dates
    hyperlinks: 'ignore',
    worksheets: 'emit',
    entries: 'ignore',
  });
  // Sheets come last (see checkXlsx); a workbook of numbers only has no shared strings, which is an empty list.
  if (!checked.hasSharedStrings) (reader as unknown as { sharedStrings: string[] }).sharedStrings = [];
  const table: string[][] = [];
  let sheets = 0;
  let cells = 0;
  try {
    for await (const sheet of reader) {
      if (++sheets > 1) {
        for await (const _ of sheet); // later sheets are read past, not kept
        continue;
      }
      for await (const row of sheet) {
        if (row.number > TABLE_LIMITS.rows) throw tooLarge({ rows: row.number });
        const texts: string[] = Array.from({ length: minColumns }, () => '');
        row.eachCell((cell, column) => {
          if (column > TABLE_LIMITS.columns) throw tooLarge({ columns: column });
          if (++cells > TABLE_LIMITS.cells) throw tooLarge({ cells });
          for (let c = texts.length; c < column; c++) texts.push('');
          texts[column - 1] = cellText(cell.value);
        });
        table[row.number - 1] = texts;
      }
    }
  } catch (err) {
    if (err instanceof DomainException) throw err;
    throw new DomainException('UNSUPPORTED_FILE', UNREADABLE_XLSX);
  }
  if (sheets === 0) throw new DomainException('VALIDATION_FAILED', '工作簿里没有工作表');
  for (let i = 0; i < table.length; i++) table[i] ??= [];
  return table;
}

/**
 * Splits a table into its header row and its data rows. Blank rows are skipped wherever they are (people leave
 * them); `rowNumbers` keeps each data row's number in the file, for error messages.
 */
export function headerAndRows(
  table: string[][],
): { header: string[]; headerRow: number; rows: string[][]; rowNumbers: number[] } | null {
  const nonEmpty = (row: string[]) => row.some((c) => c.trim() !== '');
  const headerAt = table.findIndex(nonEmpty);
  if (headerAt < 0) return null;
  const rows: string[][] = [];
  const rowNumbers: number[] = [];
  table.forEach((row, i) => {
    if (i > headerAt && nonEmpty(row)) {
      rows.push(row);
      rowNumbers.push(i + 1);
    }
  });
  return { header: table[headerAt], headerRow: headerAt + 1, rows, rowNumbers };
}
