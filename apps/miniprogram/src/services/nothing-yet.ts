import { ApiError } from './request';

/**
 * Whether a failed read only means "there is nothing of that kind yet": the API's 404 NOT_FOUND for a record that
 * has simply not been written (no service disclosure draft, nothing published yet). Not an error to show.
 */
export function isNothingYet(error: unknown): boolean {
  return error instanceof ApiError && error.status === 404 && error.code === 'NOT_FOUND';
}

/** `load`'s value, or null when there is nothing yet (see isNothingYet); any other failure still rejects. */
export async function orNothingYet<T>(load: Promise<T>): Promise<T | null> {
  try {
    return await load;
  } catch (error) {
    if (isNothingYet(error)) return null;
    throw error;
  }
}
