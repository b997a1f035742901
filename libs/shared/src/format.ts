/**
 * Formats an amount of fen as people read it: `formatFen(123450)` → `¥1,234.50`.
 * Integer arithmetic only.
 */
export function formatFen(fen: number): string {
  if (!Number.isSafeInteger(fen)) throw new RangeError(`fen must be a safe integer, got ${fen}`);
  const sign = fen < 0 ? '-' : '';
  const abs = Math.abs(fen);
  const yuan = Math.trunc(abs / 100);
  const cents = abs % 100;
  return `${sign}¥${groupThousands(yuan)}.${String(cents).padStart(2, '0')}`;
}

/**
 * Formats an area in 0.01 m² without trailing zeros: `formatArea(8950)` → `89.5 m²`, `formatArea(12000)` → `120 m²`.
 */
export function formatArea(centiM2: number): string {
  if (!Number.isSafeInteger(centiM2)) throw new RangeError(`area must be a safe integer, got ${centiM2}`);
  const sign = centiM2 < 0 ? '-' : '';
  const abs = Math.abs(centiM2);
  const whole = Math.trunc(abs / 100);
  const frac = abs % 100;
  const fracText = frac === 0 ? '' : `.${String(frac).padStart(2, '0').replace(/0$/, '')}`;
  return `${sign}${groupThousands(whole)}${fracText} m²`;
}

/**
 * Parses a decimal area in m² written as text (`"89.5"`, `"120"`, `"89.50"`) into 0.01 m², exactly.
 * Returns null when the text is not a positive number with at most two decimals.
 */
export function parseAreaCentiM2(text: string): number | null {
  const match = /^\s*(\d{1,7})(?:\.(\d{1,2}))?\s*$/.exec(text);
  if (!match) return null;
  const whole = Number(match[1]);
  const frac = Number((match[2] ?? '').padEnd(2, '0'));
  const value = whole * 100 + frac;
  return value > 0 ? value : null;
}

/** `1234567` → `1,234,567`. */
export function groupThousands(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** China time is UTC+8 all year (no daylight saving). */
export const CHINA_OFFSET_MS = 8 * 3600_000;

/** The instant as its China-time wall clock, `2026-11-26T14:05:00.000Z`-shaped (read it with getUTC… or slice). */
function chinaClock(at: string | number | Date): string {
  const ms = at instanceof Date ? at.getTime() : new Date(at).getTime();
  return new Date(ms + CHINA_OFFSET_MS).toISOString();
}

/** `2026-11-26`: the day in China of an instant. */
export const chinaDay = (at: string | number | Date): string => chinaClock(at).slice(0, 10);

/** `2026-11`: the month in China of an instant. */
export const chinaMonth = (at: string | number | Date): string => chinaClock(at).slice(0, 7);

/** `2026-11-26 14:05`: an instant to the minute in China time, as messages and timelines show it. */
export const chinaMinute = (at: string | number | Date): string => chinaClock(at).slice(0, 16).replace('T', ' ');

/** Formats a date as `2026年11月26日` in China time (UTC+8, no daylight saving). */
export function formatDateCn(at: string | Date): string {
  const [y, m, d] = chinaDay(at).split('-').map(Number);
  return `${y}年${m}月${d}日`;
}

/** Formats an instant as `2026年11月26日 14:05` in China time, as timelines show it. */
export function formatMinuteCn(at: string | Date): string {
  return `${formatDateCn(at)} ${chinaMinute(at).slice(11)}`;
}

/** Masks a personal name for people who may not see it: `张三` → `张*`, `欧阳小明` → `欧***`. */
export function maskName(name: string): string {
  const chars = Array.from(name.trim());
  if (chars.length === 0) return '';
  if (chars.length === 1) return '*';
  return chars[0] + '*'.repeat(chars.length - 1);
}

/** Masks a phone number, keeping the first 3 and last 4 digits: `13812345678` → `138****5678`. */
export function maskPhone(phone: string): string {
  const digits = phone.replace(/\D/g, '');
  if (digits.length < 7) return '*'.repeat(digits.length);
  return `${digits.slice(0, 3)}${'*'.repeat(digits.length - 7)}${digits.slice(-4)}`;
}

/** A mainland mobile number (11 digits) or a fixed line with area code (`028-85551234`). */
export function isValidPhone(phone: string): boolean {
  return /^(1[3-9]\d{9}|0\d{2,3}-?\d{7,8})$/.test(phone);
}
