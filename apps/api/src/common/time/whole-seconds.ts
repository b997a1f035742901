/**
 * A time truncated to whole seconds, as MySQL's DATETIME stores it: what is compared, returned or hashed must be
 * what the database gives back, on every engine.
 */
export function wholeSeconds(at: Date | number | string = Date.now()): Date {
  const date = new Date(at instanceof Date ? at.getTime() : at);
  date.setMilliseconds(0);
  return date;
}
