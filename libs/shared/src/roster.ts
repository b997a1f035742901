import { isValidPhone, parseAreaCentiM2 } from './format.js';

/** Columns of a unit roster file, in order, with the headers the template uses. */
export const ROSTER_COLUMNS = [
  { key: 'building', header: '楼栋' },
  { key: 'entrance', header: '单元' },
  { key: 'room', header: '房号' },
  { key: 'area', header: '登记面积(m²)' },
  { key: 'ownerName', header: '业主姓名' },
  { key: 'ownerPhone', header: '业主电话' },
  { key: 'developerUnsold', header: '开发商未售' },
  { key: 'idNumber', header: '证件号码' },
  { key: 'deedNumber', header: '不动产权证号或购房合同号' },
] as const;

export type RosterColumnKey = (typeof ROSTER_COLUMNS)[number]['key'];

/**
 * Columns a file may leave out: a missing 开发商未售 means "no", a missing 证件号码 keys owners by name and phone, a
 * missing 不动产权证号或购房合同号 leaves owner verification to a photo of the deed.
 */
export const OPTIONAL_ROSTER_COLUMNS: readonly RosterColumnKey[] = ['developerUnsold', 'idNumber', 'deedNumber'];

/** Other headers a column is known by (the deed column is usually headed by one of the two numbers alone). */
export const ROSTER_HEADER_ALIASES: Partial<Record<RosterColumnKey, readonly string[]>> = {
  deedNumber: ['不动产权证号', '购房合同号', '不动产权证号/购房合同号', '产权证号', '合同号'],
};

/** One row as read from the file: every cell as text (`idNumber` and `deedNumber` may be absent). */
export type RosterRowInput = Record<Exclude<RosterColumnKey, 'idNumber' | 'deedNumber'>, string> & {
  idNumber?: string;
  deedNumber?: string;
};

/** One valid roster row. */
export interface RosterRow {
  building: string;
  entrance: string;
  room: string;
  areaCentiM2: number;
  ownerName: string;
  ownerPhone: string;
  developerUnsold: boolean;
  /**
   * The owner's identity-document number, normalised (no spaces, upper case), when the file has one. It only keys
   * the owner (one person, one headcount, whatever phone is listed); it is never stored, logged or echoed.
   */
  idNumber?: string;
  /**
   * The last six characters of the unit's 不动产权证号 or 购房合同号 (see deedLast6), when the file has one: what a
   * claimant must repeat. The full number is never kept.
   */
  deedLast6?: string;
}

/** Why one row of a file was refused; `row` is the row number in the file (the header is row 1). */
export interface RosterRowError {
  row: number;
  message: string;
}

const YES = new Set(['是', 'y', 'yes', 'true', '1']);
const NO = new Set(['', '否', 'n', 'no', 'false', '0']);

/**
 * Maps a header row to column keys. Accepts the template's Chinese headers (with or without the unit
 * suffix) and the English keys. Returns the missing headers when some are absent.
 */
export function mapRosterHeaders(
  headers: string[],
): { index: Record<RosterColumnKey, number> } | { missing: string[] } {
  const normalized = headers.map((h) =>
    h
      .trim()
      .replace(/[（(].*[)）]$/, '')
      .toLowerCase(),
  );
  const index = {} as Record<RosterColumnKey, number>;
  const missing: string[] = [];
  for (const column of ROSTER_COLUMNS) {
    const names = [
      column.header.replace(/\(.*\)$/, ''),
      column.key.toLowerCase(),
      ...(ROSTER_HEADER_ALIASES[column.key] ?? []),
    ];
    const at = normalized.findIndex((h) => names.includes(h));
    if (at >= 0) index[column.key] = at;
    else if (OPTIONAL_ROSTER_COLUMNS.includes(column.key)) index[column.key] = -1;
    else missing.push(column.header);
  }
  return missing.length > 0 ? { missing } : { index };
}

/**
 * Validates every row of a roster; the file is accepted only when `errors` is empty.
 * `rows` gives the file row number of each input: a list, or the number of `inputs[0]` (2 when the header is
 * row 1) for consecutive rows.
 */
export function validateRosterRows(
  inputs: RosterRowInput[],
  rows: number | readonly number[] = 2,
): { rows: RosterRow[]; errors: RosterRowError[] } {
  const firstRow = rows;
  const valid: RosterRow[] = [];
  const errors: RosterRowError[] = [];
  const seen = new Map<string, number>();
  inputs.forEach((input, i) => {
    const rowNo = fileRow(firstRow, i);
    const problems: string[] = [];
    const building = input.building.trim();
    const entrance = input.entrance.trim();
    const room = input.room.trim();
    const ownerName = input.ownerName.trim();
    const ownerPhone = input.ownerPhone.replace(/\s/g, '');
    const unsoldText = input.developerUnsold.trim().toLowerCase();
    const idNumber = normaliseIdNumber(input.idNumber ?? '');
    const deedText = (input.deedNumber ?? '').trim();
    const deed = deedText ? deedLast6(deedText) : null;
    if (!building) problems.push('楼栋不能为空');
    else if (building.length > 32) problems.push('楼栋名称过长（最多 32 字）');
    if (entrance.length > 16) problems.push('单元名称过长（最多 16 字）');
    if (!room) problems.push('房号不能为空');
    else if (room.length > 32) problems.push('房号过长（最多 32 字）');
    const areaCentiM2 = parseAreaCentiM2(input.area);
    if (areaCentiM2 === null) problems.push(`登记面积“${input.area.trim()}”不是最多两位小数的正数`);
    const developerUnsold = YES.has(unsoldText);
    if (!developerUnsold && !NO.has(unsoldText))
      problems.push(`开发商未售应填“是”或“否”，而不是“${input.developerUnsold.trim()}”`);
    if (!developerUnsold) {
      if (!ownerName) problems.push('业主姓名不能为空');
      else if (ownerName.length > 50) problems.push('业主姓名过长（最多 50 字）');
      if (!ownerPhone) problems.push('业主电话不能为空');
      else if (!isValidPhone(ownerPhone)) problems.push(`业主电话“${ownerPhone}”格式不对`);
    }
    // The number itself is never echoed: the row number says where to look.
    if (idNumber && !ID_NUMBER.test(idNumber)) problems.push('证件号码格式不对（应为 6–32 位数字或字母）');
    if (deedText && (!deed || deedText.length > 64))
      problems.push('不动产权证号或购房合同号应至少含 6 位数字或字母（最多 64 字）');
    if (building && room) {
      const key = `${building}\u0000${room}`;
      const earlier = seen.get(key);
      if (earlier !== undefined) problems.push(`与第 ${earlier} 行是同一套房屋（${building} ${room}）`);
      else seen.set(key, rowNo);
    }
    if (problems.length > 0) {
      errors.push({ row: rowNo, message: problems.join('；') });
      return;
    }
    valid.push({
      building,
      entrance,
      room,
      areaCentiM2: areaCentiM2 as number,
      ownerName,
      ownerPhone,
      developerUnsold,
      ...(idNumber ? { idNumber } : {}),
      ...(deed ? { deedLast6: deed } : {}),
    });
  });
  return { rows: valid, errors };
}

const ID_NUMBER = /^[0-9A-Z]{6,32}$/;

/** An identity-document number as it keys an owner: without spaces, in upper case (an 18-digit ID may end in X). */
function normaliseIdNumber(text: string): string {
  return text.replace(/\s/g, '').toUpperCase();
}

/**
 * The last six characters of a 不动产权证号 (e.g. 川(2021)成都市不动产权第0012345号 → 012345) or 购房合同号 as they are
 * compared: its digits and Latin letters only (full-width ones made half-width), in upper case. Null when it has
 * fewer than six. The roster and the claimant's answer go through the same function.
 */
export function deedLast6(text: string): string | null {
  const plain = text
    .replace(/[\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .toUpperCase()
    .replace(/[^0-9A-Z]/g, '');
  return plain.length >= 6 ? plain.slice(-6) : null;
}

/** The file row number of input `i`: from a list of row numbers, or counting from the first one. */
export function fileRow(rows: number | readonly number[], i: number): number {
  return typeof rows === 'number' ? rows + i : (rows[i] ?? rows.length + i);
}
