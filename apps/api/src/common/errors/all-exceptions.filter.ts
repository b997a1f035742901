import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ERROR_MESSAGES, type ErrorBody, type ErrorCode } from '@xiaoqu/shared';
import { DomainException } from './domain.exception.js';
import { isDatabaseUnavailable, isUniqueViolation, isValueOutOfRange } from './db-errors.js';

const CODE_BY_STATUS: Record<number, ErrorCode> = {
  400: 'VALIDATION_FAILED',
  401: 'UNAUTHENTICATED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  405: 'NOT_FOUND',
  409: 'CONFLICT',
  413: 'PAYLOAD_TOO_LARGE',
  415: 'UNSUPPORTED_FILE',
  429: 'TOO_MANY_REQUESTS',
};

/** What the multipart parser (busboy) throws on a body that is not the multipart it claims to be. */
const MALFORMED_MULTIPART =
  /^(Multipart: Boundary not found|Boundary required|Unexpected end of (multipart data|form)|.* terminated early due to unexpected end of multipart data|The needle cannot (be an empty|have a length bigger)|Malformed part header|Unsupported Content-Type|Missing Content-Type)/;

/** A malformed multipart body: the client's fault, answered 400. */
export const isMalformedMultipart = (err: unknown): boolean =>
  err instanceof Error && !(err as { statusCode?: unknown }).statusCode && MALFORMED_MULTIPART.test(err.message);

/**
 * Turns every error into `{ code, message, requestId, details? }`; nothing else ever reaches the client.
 * Unexpected errors are logged with the request id and answered as INTERNAL without their text.
 */
@Catch()
export class AllExceptionsFilter implements ExceptionFilter {
  private readonly logger = new Logger('Exceptions');

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<FastifyRequest>();
    const reply = http.getResponse<FastifyReply>();
    const { status, body } = this.toBody(exception, String(request.id));
    if (status >= 500) {
      this.logger.error({ err: exception, requestId: body.requestId, url: request.url }, 'request failed');
    }
    void reply.status(status).header('x-request-id', body.requestId).send(body);
  }

  private toBody(exception: unknown, requestId: string): { status: number; body: ErrorBody } {
    if (exception instanceof DomainException) {
      return {
        status: exception.status,
        body: {
          code: exception.code,
          message: exception.message,
          requestId,
          ...(exception.details ? { details: exception.details } : {}),
        },
      };
    }
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      const code = CODE_BY_STATUS[status] ?? (status >= 500 ? 'INTERNAL' : 'VALIDATION_FAILED');
      return { status: status >= 500 ? 500 : status, body: { code, message: ERROR_MESSAGES[code], requestId } };
    }
    const err = exception as { statusCode?: number; code?: string; errno?: number } | undefined;
    // Fastify's own errors (malformed JSON, body too large, bad content type) carry a 4xx statusCode.
    if (err && typeof err.statusCode === 'number' && err.statusCode >= 400 && err.statusCode < 500) {
      const code = CODE_BY_STATUS[err.statusCode] ?? 'VALIDATION_FAILED';
      return { status: err.statusCode, body: { code, message: ERROR_MESSAGES[code], requestId } };
    }
    // Races and values the services did not foresee are still the request's outcome, said plainly.
    if (isUniqueViolation(exception))
      return { status: 409, body: { code: 'CONFLICT', message: ERROR_MESSAGES.CONFLICT, requestId } };
    if (isValueOutOfRange(exception))
      return {
        status: 400,
        body: { code: 'VALIDATION_FAILED', message: '有数值过大或文字过长，请检查后再试', requestId },
      };
    if (isMalformedMultipart(exception))
      return {
        status: 400,
        body: { code: 'VALIDATION_FAILED', message: '上传的内容不完整或格式有误，请重新上传', requestId },
      };
    if (isDatabaseUnavailable(exception)) {
      return {
        status: 503,
        body: { code: 'DATABASE_UNAVAILABLE', message: ERROR_MESSAGES.DATABASE_UNAVAILABLE, requestId },
      };
    }
    return { status: 500, body: { code: 'INTERNAL', message: ERROR_MESSAGES.INTERNAL, requestId } };
  }
}
