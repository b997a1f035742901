import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import { mapRosterHeaders, ROSTER_COLUMNS, type RosterRowInput } from '@xiaoqu/shared';
import { DomainException } from '../common/errors/domain.exception.js';

const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);

/** What kind of file this is, by its content (the name is only a hint). */
export function sniffRosterFile(buffer: Buffer): 'xlsx' | 'csv' {
  if (buffer.subarray(0, 4).equals(ZIP_MAGIC)) return 'xlsx';
  if (buffer.length > 0 && !buffer.includes(0)) return 'csv';
  throw new DomainException('UNSUPPORTED_FILE', '花名册只支持 .xlsx 或 .csv 文件');
}

/** Text of a CSV: UTF-8 (with or without BOM), or GB18030 as saved by Excel on Chinese Windows. */
function decodeCsv(buffer: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(buffer).replace(/^\uFEFF/, '');
  } catch {
    return new TextDecoder('gb18030').decode(buffer);
  }
}

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') {
    // Spreadsheets store 89.5 as a binary float; two decimals is the most a registered area has.
    const cents = Math.round(value * 100);
    if (Math.abs(value * 100 - cents) > 1e-6) return String(value);
    const whole = Math.trunc(cents / 100);
    const frac = Math.abs(cents % 100);
    return frac === 0 ? String(whole) : `${whole}.${String(frac).padStart(2, '0')}`;
  }
  if (typeof value === 'string' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'object' && 'richText' in value) return value.richText.map((r) => r.text).join('');
  if (typeof value === 'object' && 'result' in value) return cellText(value.result as ExcelJS.CellValue);
  if (typeof value === 'object' && 'text' in value) return String(value.text);
  return String(value);
}

function toInputs(table: string[][]): { inputs: RosterRowInput[]; firstRow: number } {
  const nonEmpty = (row: string[]) => row.some((c) => c.trim() !== '');
  const headerAt = table.findIndex(nonEmpty);
  if (headerAt < 0) throw new DomainException('ROSTER_INVALID', '文件是空的', []);
  const mapped = mapRosterHeaders(table[headerAt]);
  if ('missing' in mapped) {
    throw new DomainException('ROSTER_INVALID', `表头缺少：${mapped.missing.join('、')}`, [
      { row: headerAt + 1, message: `表头缺少：${mapped.missing.join('、')}` },
    ]);
  }
  const inputs: RosterRowInput[] = [];
  const rows = table.slice(headerAt + 1);
  // Trailing blank lines are not rows; blank lines in the middle are reported.
  let last = rows.length - 1;
  while (last >= 0 && !nonEmpty(rows[last])) last--;
  for (const row of rows.slice(0, last + 1)) {
    const input = {} as RosterRowInput;
    for (const { key } of ROSTER_COLUMNS) {
      const at = mapped.index[key];
      input[key] = at >= 0 ? (row[at] ?? '') : '';
    }
    inputs.push(input);
  }
  return { inputs, firstRow: headerAt + 2 };
}

/** Reads a roster file into raw rows; validation is libs/shared's validateRosterRows. */
export async function readRosterFile(buffer: Buffer): Promise<{ inputs: RosterRowInput[]; firstRow: number }> {
  if (sniffRosterFile(buffer) === 'csv') {
    let table: string[][];
    try {
      table = parse(decodeCsv(buffer), {
        relax_column_count: true,
        skip_empty_lines: false,
        trim: false,
      }) as string[][];
    } catch (err) {
      throw new DomainException('ROSTER_INVALID', `CSV 格式错误：${(err as Error).message}`, []);
    }
    return toInputs(table);
  }
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  } catch {
    throw new DomainException('UNSUPPORTED_FILE', '无法读取这个 .xlsx 文件，请用 Excel 或 WPS 另存后再试');
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new DomainException('ROSTER_INVALID', '工作簿里没有工作表', []);
  const table: string[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row, rowNumber) => {
    const cells: string[] = [];
    for (let c = 1; c <= Math.max(row.cellCount, ROSTER_COLUMNS.length); c++)
      cells.push(cellText(row.getCell(c).value));
    table[rowNumber - 1] = cells;
  });
  for (let i = 0; i < table.length; i++) table[i] ??= [];
  return toInputs(table);
}
