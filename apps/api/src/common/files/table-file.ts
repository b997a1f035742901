import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import { DomainException } from '../errors/domain.exception.js';
import { sniffFile } from './sniff.js';

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

/**
 * Reads the first sheet of an .xlsx, or a .csv, into rows of cell texts, by content (the file name is only a
 * hint). `minColumns` cells are read on every row even when the sheet leaves them empty.
 */
export async function readTableFile(buffer: Buffer, minColumns: number): Promise<string[][]> {
  const kind = sniffFile(buffer);
  if (kind === 'csv') {
    try {
      return parse(decodeCsv(buffer), { relax_column_count: true, skip_empty_lines: false, trim: false }) as string[][];
    } catch (err) {
      throw new DomainException('VALIDATION_FAILED', `CSV 格式错误：${(err as Error).message}`);
    }
  }
  if (kind !== 'xlsx') throw new DomainException('UNSUPPORTED_FILE', '只支持 .xlsx 或 .csv 文件');
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  } catch {
    throw new DomainException('UNSUPPORTED_FILE', '无法读取这个 .xlsx 文件，请用 Excel 或 WPS 另存后再试');
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new DomainException('VALIDATION_FAILED', '工作簿里没有工作表');
  const table: string[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row, rowNumber) => {
    const cells: string[] = [];
    for (let c = 1; c <= Math.max(row.cellCount, minColumns); c++) cells.push(cellText(row.getCell(c).value));
    table[rowNumber - 1] = cells;
  });
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
