import { randomUUID } from 'node:crypto';
import type { Socket } from 'node:net';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ERROR_MESSAGES, ERROR_STATUS, type ErrorBody, type ErrorCode } from '@xiaoqu/shared';

/** Deeper JSON than any request of this API needs; far below what overflows the stack in validation. */
export const MAX_JSON_DEPTH = 32;

/** How deep `text` nests objects and arrays, counted without parsing (so without recursion); stops past `max`. */
export function jsonDepthExceeds(text: string, max: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92 /* \ */) i++;
      else if (c === 34 /* " */) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 123 /* { */ || c === 91 /* [ */) {
      if (++depth > max) return true;
    } else if (c === 125 /* } */ || c === 93 /* ] */) depth--;
  }
  return false;
}

const bodyOf = (code: ErrorCode, requestId: string, message = ERROR_MESSAGES[code]): ErrorBody => ({
  code,
  message,
  requestId,
});

/** A 4xx error Fastify (and so the exception filter) answers with its status. */
const clientError = (statusCode: number, message: string) => Object.assign(new Error(message), { statusCode });

/**
 * Makes Fastify's own answers, which never reach Nest's exception filter, `{ code, message, requestId }` too:
 * JSON too deep to validate, a URL it cannot route, a connection that is not HTTP, requests while shutting down.
 */
export function shapeFastifyAnswers(app: NestFastifyApplication): void {
  const fastify = app.getHttpAdapter().getInstance();
  // Fastify's JSON parser (prototype poisoning refused), after a depth check that needs no recursion.
  const parseJson = fastify.getDefaultJsonParser('error', 'error');
  app.useBodyParser('application/json', { bodyLimit: fastify.initialConfig.bodyLimit }, (request, body, done) => {
    const text = body.toString('utf8');
    if (jsonDepthExceeds(text, MAX_JSON_DEPTH))
      return done(clientError(400, `JSON nested deeper than ${MAX_JSON_DEPTH} levels`), undefined);
    void parseJson(request as FastifyRequest, text, done);
  });

  // Fastify's own 503 while closing has its own body: answer it here instead, before any handler runs.
  let closing = false;
  fastify.addHook('preClose', (done) => {
    closing = true;
    done();
  });
  fastify.addHook('onRequest', (request, reply, done) => {
    if (!closing) return done();
    void reply
      .code(ERROR_STATUS.SHUTTING_DOWN)
      .header('connection', 'close')
      .header('retry-after', '5')
      .header('x-request-id', String(request.id))
      .send(bodyOf('SHUTTING_DOWN', String(request.id)));
  });
}

/** Fastify's `frameworkErrors`: a URL it cannot decode or a parameter too long, said in our shape. */
export function frameworkErrors(error: Error, request: FastifyRequest, reply: FastifyReply): void {
  const requestId = String(request.id);
  void reply.code(400).header('x-request-id', requestId).send(bodyOf('VALIDATION_FAILED', requestId));
}

/** Bytes that are not HTTP at all: answered (when the socket still can be) with our shape and a fresh id. */
export function clientErrorHandler(error: Error & { code?: string }, socket: Socket): void {
  if (error.code === 'ECONNRESET' || !socket.writable) {
    socket.destroy(error);
    return;
  }
  const tooLarge = error.code === 'HPE_HEADER_OVERFLOW';
  const code: ErrorCode = tooLarge ? 'PAYLOAD_TOO_LARGE' : 'VALIDATION_FAILED';
  const status = tooLarge ? 431 : 400;
  const body = JSON.stringify(bodyOf(code, randomUUID()));
  socket.end(
    `HTTP/1.1 ${status} ${tooLarge ? 'Request Header Fields Too Large' : 'Bad Request'}\r\n` +
      `Connection: close\r\nContent-Type: application/json; charset=utf-8\r\n` +
      `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`,
  );
}
