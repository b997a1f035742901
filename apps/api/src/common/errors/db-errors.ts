/** What a database error means for the request, on both engines (mysql2 and better-sqlite3 codes). */
const codeOf = (err: unknown): string =>
  String(
    (err as { code?: unknown; driverError?: { code?: unknown } } | null)?.driverError?.code ??
      (err as { code?: unknown } | null)?.code ??
      '',
  );

/** A unique index refused the row: a double tap or a race that another request won. */
export const isUniqueViolation = (err: unknown): boolean =>
  ['ER_DUP_ENTRY', 'SQLITE_CONSTRAINT_UNIQUE', 'SQLITE_CONSTRAINT_PRIMARYKEY'].includes(codeOf(err));

/** A value the column cannot hold (a number too large, a text too long): the input's fault, not the server's. */
export const isValueOutOfRange = (err: unknown): boolean =>
  ['ER_WARN_DATA_OUT_OF_RANGE', 'ER_DATA_TOO_LONG', 'ER_TRUNCATED_WRONG_VALUE'].includes(codeOf(err));

/** Network-level failures: the database is down, restarting or unreachable, not a bug in the request. */
const DB_DOWN = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENOTFOUND',
  'PROTOCOL_CONNECTION_LOST',
  'PROTOCOL_SEQUENCE_TIMEOUT',
  'ER_CON_COUNT_ERROR',
  'ER_SERVER_SHUTDOWN',
  'ER_CONNECTION_KILLED',
]);

/** The database could not be reached (mysql2 marks any error that killed its connection `fatal`). */
export const isDatabaseUnavailable = (err: unknown): boolean => {
  if (DB_DOWN.has(codeOf(err))) return true;
  const e = err as { fatal?: unknown; driverError?: { fatal?: unknown } } | null;
  return e?.driverError?.fatal === true || e?.fatal === true;
};
