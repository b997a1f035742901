import { fileRow } from './roster.js';

/** How a compound pays its property company (DESIGN.md "Disclosures"). */
export const BILLING_MODELS = ['lump_sum', 'trust'] as const;
export type BillingModel = (typeof BILLING_MODELS)[number];
export const BILLING_MODEL_LABELS: Record<BillingModel, string> = {
  lump_sum: '包干制',
  trust: '信托制（酬金制）',
};

export const INCOME_CATEGORIES = ['property_fee', 'parking', 'advertising', 'common_area_other'] as const;
export const EXPENSE_CATEGORIES = [
  'wages',
  'cleaning',
  'security',
  'greening',
  'elevator',
  'common_utilities',
  'repairs',
  'remuneration',
  'other',
] as const;
export type IncomeCategory = (typeof INCOME_CATEGORIES)[number];
export type ExpenseCategory = (typeof EXPENSE_CATEGORIES)[number];
export type LineCategory = IncomeCategory | ExpenseCategory;
export type LineDirection = 'income' | 'expense';

export const CATEGORY_LABELS: Record<LineCategory, string> = {
  property_fee: '物业费',
  parking: '停车费',
  advertising: '广告收入',
  common_area_other: '其他公共收益',
  wages: '人员工资',
  cleaning: '保洁',
  security: '秩序维护',
  greening: '绿化',
  elevator: '电梯',
  common_utilities: '公共水电',
  repairs: '维修',
  remuneration: '物业酬金',
  other: '其他支出',
};

/** The direction a category belongs to; undefined for a string that is no category. */
export function directionOf(category: string): LineDirection | undefined {
  if ((INCOME_CATEGORIES as readonly string[]).includes(category)) return 'income';
  if ((EXPENSE_CATEGORIES as readonly string[]).includes(category)) return 'expense';
  return undefined;
}

/** What the totals need of a line. */
export interface LineAmount {
  category: LineCategory;
  amountFen: number;
  /** property_fee lines only: households billed and households that paid in the period. */
  householdsBilled?: number | null;
  householdsPaid?: number | null;
}

export interface DisclosureTotals {
  incomeFen: number;
  expenseFen: number;
  /** income − expense */
  balanceFen: number;
  byCategory: Partial<Record<LineCategory, number>>;
  /** Summed over the property_fee lines; null when none carries household counts. */
  collection: { billed: number; paid: number } | null;
}

/**
 * Totals of a disclosure, always derived from its lines (there is no field to type a total).
 * Integer fen throughout; throws a RangeError on a non-integer or negative amount or an unsafe sum.
 */
export function computeTotals(lines: readonly LineAmount[]): DisclosureTotals {
  let incomeFen = 0;
  let expenseFen = 0;
  let billed = 0;
  let paid = 0;
  let hasCollection = false;
  const byCategory: Partial<Record<LineCategory, number>> = {};
  for (const line of lines) {
    if (!Number.isSafeInteger(line.amountFen) || line.amountFen < 0) {
      throw new RangeError(`amountFen must be a non-negative integer, got ${line.amountFen}`);
    }
    const direction = directionOf(line.category);
    if (!direction) throw new RangeError(`unknown category ${line.category}`);
    if (direction === 'income') incomeFen += line.amountFen;
    else expenseFen += line.amountFen;
    byCategory[line.category] = (byCategory[line.category] ?? 0) + line.amountFen;
    if (line.category === 'property_fee' && line.householdsBilled != null && line.householdsPaid != null) {
      hasCollection = true;
      billed += line.householdsBilled;
      paid += line.householdsPaid;
    }
  }
  if (!Number.isSafeInteger(incomeFen) || !Number.isSafeInteger(expenseFen)) throw new RangeError('totals overflow');
  return {
    incomeFen,
    expenseFen,
    balanceFen: incomeFen - expenseFen,
    byCategory,
    collection: hasCollection ? { billed, paid } : null,
  };
}

/**
 * A ratio as a percentage with `decimals` digits, rounded half up, by integer arithmetic:
 * `formatRatio(3179, 5726)` → `55.5%`. Null when the whole is 0.
 */
export function formatRatio(part: number, whole: number, decimals = 1): string | null {
  if (whole === 0) return null;
  if (!Number.isSafeInteger(part) || !Number.isSafeInteger(whole) || part < 0 || whole < 0) {
    throw new RangeError('formatRatio needs non-negative integers');
  }
  const scale = 10 ** decimals;
  const scaled = Math.floor((part * 100 * scale * 2 + whole) / (whole * 2));
  const integer = Math.floor(scaled / scale);
  const fraction = scaled % scale;
  return decimals > 0 ? `${integer}.${String(fraction).padStart(decimals, '0')}%` : `${integer}%`;
}

export const PERIOD_KINDS = ['month', 'quarter', 'year'] as const;
export type PeriodKind = (typeof PERIOD_KINDS)[number];

/** A period key: `2026-11` (month), `2026-Q4` (quarter) or `2026` (year). */
export function parsePeriod(key: string): { kind: PeriodKind; year: number; index: number } | null {
  let m = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(key);
  if (m) return { kind: 'month', year: Number(m[1]), index: Number(m[2]) };
  m = /^(\d{4})-Q([1-4])$/.exec(key);
  if (m) return { kind: 'quarter', year: Number(m[1]), index: Number(m[2]) };
  m = /^(\d{4})$/.exec(key);
  if (m) return { kind: 'year', year: Number(m[1]), index: 1 };
  return null;
}

/** The period before: `2026-01` → `2025-12`, `2026-Q1` → `2025-Q4`, `2026` → `2025`. */
export function previousPeriod(key: string): string {
  const p = parsePeriod(key);
  if (!p) throw new RangeError(`not a period: ${key}`);
  switch (p.kind) {
    case 'month':
      return p.index === 1 ? `${p.year - 1}-12` : `${p.year}-${String(p.index - 1).padStart(2, '0')}`;
    case 'quarter':
      return p.index === 1 ? `${p.year - 1}-Q4` : `${p.year}-Q${p.index - 1}`;
    case 'year':
      return String(p.year - 1);
  }
}

/** `2026-11` → `2026年11月`, `2026-Q4` → `2026年第4季度`, `2026` → `2026年度`. */
export function periodLabel(key: string): string {
  const p = parsePeriod(key);
  if (!p) return key;
  switch (p.kind) {
    case 'month':
      return `${p.year}年${p.index}月`;
    case 'quarter':
      return `${p.year}年第${p.index}季度`;
    case 'year':
      return `${p.year}年度`;
  }
}

/**
 * Canonical JSON for hashing: object keys sorted, no whitespace, integers only (a float here is a bug).
 * The same content always gives the same text, on the server and on any client that wants to check a hash.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value === 'boolean' || typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number') {
    if (!Number.isSafeInteger(value)) throw new RangeError(`canonical JSON holds integers only, got ${value}`);
    return String(value);
  }
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  throw new RangeError(`cannot serialise ${typeof value}`);
}

/**
 * Parses an amount in yuan written as text (`1234.5`, `1,234.50`, `¥88`) into fen, exactly.
 * Null when it is not a non-negative number with at most two decimals.
 */
/** The largest amount of one line, in fen (20 million yuan): what the database column holds, with room to spare. */
export const MAX_LINE_FEN = 2_000_000_000;

export function parseYuanToFen(text: string): number | null {
  const match = /^\s*[¥￥]?\s*(\d{1,3}(?:,\d{3})+|\d{1,10})(?:\.(\d{1,2}))?\s*$/.exec(text);
  if (!match) return null;
  const fen = Number(match[1].replace(/,/g, '')) * 100 + Number((match[2] ?? '').padEnd(2, '0'));
  return Number.isSafeInteger(fen) ? fen : null;
}

/** Columns of the line template (收支明细模板), in order. */
export const LINE_COLUMNS = [
  { key: 'category', header: '类别' },
  { key: 'amount', header: '金额(元)' },
  { key: 'occurredOn', header: '日期' },
  { key: 'counterparty', header: '对方单位' },
  { key: 'note', header: '备注' },
  { key: 'householdsBilled', header: '应收户数' },
  { key: 'householdsPaid', header: '实收户数' },
] as const;
export type LineColumnKey = (typeof LINE_COLUMNS)[number]['key'];
export type LineRowInput = Record<LineColumnKey, string>;

/** A valid row of the line template. */
export interface LineRow {
  category: LineCategory;
  amountFen: number;
  occurredOn: string;
  counterparty: string;
  note: string;
  householdsBilled: number | null;
  householdsPaid: number | null;
}

const CATEGORY_BY_LABEL = new Map<string, LineCategory>(
  (Object.entries(CATEGORY_LABELS) as [LineCategory, string][]).flatMap(([key, label]) => [
    [label, key],
    [key, key],
  ]),
);

/** A calendar date `YYYY-MM-DD` (also read from `YYYY/M/D`), or null. */
export function parseDay(text: string): string | null {
  const m = /^\s*(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?\s*$/.exec(text);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return null;
  return `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** Maps a header row to the template's columns; lists the missing required headers. */
export function mapLineHeaders(headers: string[]): { index: Record<LineColumnKey, number> } | { missing: string[] } {
  const normalized = headers.map((h) => h.trim().replace(/[（(].*[)）]$/, ''));
  const index = {} as Record<LineColumnKey, number>;
  const missing: string[] = [];
  for (const column of LINE_COLUMNS) {
    const at = normalized.findIndex((h) => h === column.header.replace(/\(.*\)$/, '') || h === column.key);
    if (at >= 0) index[column.key] = at;
    else if (['note', 'householdsBilled', 'householdsPaid'].includes(column.key)) index[column.key] = -1;
    else missing.push(column.header);
  }
  return missing.length > 0 ? { missing } : { index };
}

/**
 * Validates the rows of a filled line template; the file is accepted only when `errors` is empty.
 * `period` (a period key) keeps every date inside the period; `today` keeps every date on or before it.
 */
export function validateLineRows(
  inputs: LineRowInput[],
  rowNumbers: number | readonly number[] = 2,
  period?: string,
  today?: string,
): { rows: LineRow[]; errors: { row: number; message: string }[] } {
  const rows: LineRow[] = [];
  const errors: { row: number; message: string }[] = [];
  inputs.forEach((input, i) => {
    const problems: string[] = [];
    const category = CATEGORY_BY_LABEL.get(input.category.trim());
    if (!category) problems.push(`类别“${input.category.trim()}”不在类别表中`);
    const amountFen = parseYuanToFen(input.amount);
    if (amountFen === null) problems.push(`金额“${input.amount.trim()}”不是最多两位小数的非负数`);
    else if (amountFen > MAX_LINE_FEN) problems.push(`金额“${input.amount.trim()}”过大（单笔最多 2,000 万元）`);
    const occurredOn = parseDay(input.occurredOn);
    const dayIssue = lineDayProblem(input.occurredOn, period, today);
    if (dayIssue) problems.push(dayIssue);
    const counterparty = input.counterparty.trim();
    if (!counterparty) problems.push('对方单位不能为空');
    else if (counterparty.length > 100) problems.push('对方单位过长（最多 100 字）');
    const note = input.note.trim();
    if (note.length > 500) problems.push('备注过长（最多 500 字）');
    const count = (text: string, label: string) => {
      if (text.trim() === '') return null;
      if (!/^\d{1,7}$/.test(text.trim())) {
        problems.push(`${label}“${text.trim()}”不是整数`);
        return null;
      }
      return Number(text.trim());
    };
    const householdsBilled = count(input.householdsBilled, '应收户数');
    const householdsPaid = count(input.householdsPaid, '实收户数');
    if ((householdsBilled === null) !== (householdsPaid === null))
      problems.push('应收户数和实收户数要么都填，要么都不填');
    if (householdsBilled !== null && householdsPaid !== null && householdsPaid > householdsBilled)
      problems.push('实收户数不能多于应收户数');
    if (householdsBilled !== null && category && category !== 'property_fee') problems.push('只有物业费行填写户数');
    if (problems.length > 0) {
      errors.push({ row: fileRow(rowNumbers, i), message: problems.join('；') });
      return;
    }
    rows.push({
      category: category as LineCategory,
      amountFen: amountFen as number,
      occurredOn: occurredOn as string,
      counterparty,
      note,
      householdsBilled,
      householdsPaid,
    });
  });
  return { rows, errors };
}

/**
 * What is wrong with a line's day: not a real day, outside its period (`periodKey`), or after `today`
 * (`YYYY-MM-DD`, in China); null when it is fine.
 */
export function lineDayProblem(text: string, periodKey?: string, today?: string): string | null {
  const day = parseDay(text);
  if (!day) return `日期“${text.trim()}”不是有效日期（如 2026-11-05）`;
  const p = periodKey ? parsePeriod(periodKey) : null;
  if (p && !dayInPeriod(day, p)) return `日期 ${day} 不在本期内`;
  if (today && day > today) return `日期 ${day} 晚于今天`;
  return null;
}

/** Whether a period starts after `today` (`YYYY-MM-DD`): `2026-12` is in the future on 2026-11-29. */
export function periodInFuture(periodKey: string, today: string): boolean {
  const p = parsePeriod(periodKey);
  if (!p) return false;
  const firstMonth = p.kind === 'month' ? p.index : p.kind === 'quarter' ? p.index * 3 - 2 : 1;
  return `${p.year}-${String(firstMonth).padStart(2, '0')}-01` > today;
}

function dayInPeriod(day: string, p: { kind: PeriodKind; year: number; index: number }): boolean {
  const [y, m] = day.split('-').map(Number);
  if (y !== p.year) return false;
  switch (p.kind) {
    case 'month':
      return m === p.index;
    case 'quarter':
      return Math.ceil(m / 3) === p.index;
    case 'year':
      return true;
  }
}

/**
 * The trust model's voucher rule (信托制): an expense above the compound's threshold cannot be published without at
 * least one voucher. Lump-sum compounds (or no threshold) need none. Both the API's publish check and the staff page
 * ask this one function.
 */
export function lineNeedsVoucher(
  billing: { billingModel: BillingModel; voucherRequiredAboveFen: number | null },
  line: { direction: LineDirection; amountFen: number; voucherCount: number },
): boolean {
  return (
    billing.billingModel === 'trust' &&
    billing.voucherRequiredAboveFen !== null &&
    line.direction === 'expense' &&
    line.amountFen > billing.voucherRequiredAboveFen &&
    line.voucherCount === 0
  );
}
