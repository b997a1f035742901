import { DomainException } from '../errors/domain.exception.js';

/**
 * A time truncated to whole seconds, as MySQL's DATETIME stores it: what is compared, returned or hashed must be
 * what the database gives back, on every engine.
 */
export function wholeSeconds(at: Date | number | string = Date.now()): Date {
  const date = new Date(at instanceof Date ? at.getTime() : at);
  date.setMilliseconds(0);
  return date;
}

/**
 * A time as a raw SQL parameter: SQLite keeps datetimes as UTC text (as TypeORM writes them), MySQL takes the
 * Date (the connection is in UTC). Query builders do this themselves; raw `query()` calls need it.
 */
export function sqlTime(engine: { options: { type: string } }, at: Date): Date | string {
  return engine.options.type === 'better-sqlite3' ? at.toISOString().replace('T', ' ').replace('Z', '') : at;
}

/** A datetime read by a raw query: a Date from MySQL, UTC text (`2026-11-26 07:00:00.000`) from SQLite. */
export function fromSqlTime(value: Date | string): Date {
  return value instanceof Date ? value : new Date(`${value.replace(' ', 'T')}Z`);
}

/**
 * A time a client sent (ISO 8601), in whole seconds; a text no Date can read (e.g. week dates, which the ISO
 * validator lets through) is a 400 with `message`, never an invalid Date stored or a 500 later.
 */
export function parseInstant(text: string, message: string): Date {
  const at = new Date(text);
  if (Number.isNaN(at.getTime())) throw new DomainException('VALIDATION_FAILED', message);
  return wholeSeconds(at);
}
