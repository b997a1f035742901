import type { ArgumentsHost } from '@nestjs/common';
import { QueryFailedError } from 'typeorm';
import { AllExceptionsFilter } from './all-exceptions.filter.js';

/** What the filter answers for `exception`: status and body. */
function answer(exception: unknown): { status: number; body: { code: string; message: string } } {
  const sent: { status: number; body: { code: string; message: string } } = {
    status: 0,
    body: { code: '', message: '' },
  };
  const reply = {
    status: (s: number) => ((sent.status = s), reply),
    header: () => reply,
    send: (b: { code: string; message: string }) => ((sent.body = b), reply),
  };
  const host = {
    switchToHttp: () => ({ getRequest: () => ({ id: 'req-1', url: '/api/x' }), getResponse: () => reply }),
  } as unknown as ArgumentsHost;
  new AllExceptionsFilter().catch(exception, host);
  return sent;
}

const dbError = (code: string) => new QueryFailedError('INSERT …', [], Object.assign(new Error(code), { code }));

test('a unique index refusing a row (a double tap) is a 409, on both engines', () => {
  for (const code of ['ER_DUP_ENTRY', 'SQLITE_CONSTRAINT_UNIQUE'])
    expect(answer(dbError(code))).toMatchObject({ status: 409, body: { code: 'CONFLICT' } });
});

test('a value the column cannot hold is a 400 in Chinese, not a 500', () => {
  const { status, body } = answer(dbError('ER_WARN_DATA_OUT_OF_RANGE'));
  expect(status).toBe(400);
  expect(body.code).toBe('VALIDATION_FAILED');
  expect(body.message).toMatch(/数值过大/);
});

test('anything else unexpected stays an INTERNAL 500 without its text', () => {
  expect(answer(new Error('secret detail'))).toMatchObject({ status: 500, body: { code: 'INTERNAL' } });
  expect(JSON.stringify(answer(new Error('secret detail')).body)).not.toContain('secret');
});

test('a dropped or refused database connection is a 503 with its code, on any engine', () => {
  const dropped = [
    dbError('ECONNRESET'),
    dbError('PROTOCOL_CONNECTION_LOST'),
    dbError('ECONNREFUSED'),
    // mysql2 marks an error that killed its connection `fatal`, whatever its code
    Object.assign(new Error('Connection lost: The server closed the connection.'), { code: 'X', fatal: true }),
    new QueryFailedError(
      'SELECT 1',
      [],
      Object.assign(new Error('read ECONNRESET'), { code: 'ECONNRESET', fatal: true }),
    ),
  ];
  for (const exception of dropped)
    expect(answer(exception)).toMatchObject({ status: 503, body: { code: 'DATABASE_UNAVAILABLE' } });
});

test('a malformed multipart body is a 400, not a 500', () => {
  for (const message of [
    'Multipart: Boundary not found',
    'Unexpected end of multipart data',
    'Part terminated early due to unexpected end of multipart data',
    'The needle cannot have a length bigger than 256.',
  ])
    expect(answer(new Error(message))).toMatchObject({ status: 400, body: { code: 'VALIDATION_FAILED' } });
});
