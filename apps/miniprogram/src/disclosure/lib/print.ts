import { ERROR_MESSAGES } from '@xiaoqu/shared';
import { ApiError, errorMessage } from '../../services/request';

/**
 * Why the notice-board PDF could not be had. On weapp the error body goes to a file and only the status is
 * known, so a 503 from the print route is read as PRINT_UNAVAILABLE too.
 */
export function printErrorMessage(error: unknown): string {
  if (error instanceof ApiError && (error.code === 'PRINT_UNAVAILABLE' || error.status === 503)) {
    return ERROR_MESSAGES.PRINT_UNAVAILABLE;
  }
  return errorMessage(error);
}
