import { ERROR_MESSAGES, ERROR_STATUS, type ErrorCode, type ErrorDetail } from '@xiaoqu/shared';

/**
 * The one exception services throw for an expected failure: a code from libs/shared, its HTTP status,
 * a Chinese message (the code's default unless a more precise one is given) and optional details.
 */
export class DomainException extends Error {
  readonly status: number;

  constructor(
    readonly code: ErrorCode,
    message?: string,
    readonly details?: ErrorDetail[],
  ) {
    super(message ?? ERROR_MESSAGES[code]);
    this.status = ERROR_STATUS[code];
  }
}
