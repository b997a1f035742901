import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { createConnection } from 'mysql2/promise';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ErrorBody, LoginResponse } from '@xiaoqu/shared';
import { loadConfig } from '../src/common/config/app-config.js';
import { isMysqlUrl } from '../src/database/db-options.js';
import { createApp } from '../src/app.factory.js';
import { seedDemo, type DemoIds } from '../src/demo/seed.js';

export const TEST_PII_KEY = Buffer.alloc(32, 7).toString('base64');

/** Which engine these tests run on: SQLite in-process unless DATABASE_URL points at MySQL/MariaDB. */
export const onMysql = isMysqlUrl(process.env.DATABASE_URL ?? '');

let appsStarted = 0;

/** Runs one statement on the MySQL server of DATABASE_URL, outside any test database. */
async function onServer(sql: string): Promise<void> {
  const base = new URL(process.env.DATABASE_URL as string);
  const admin = await createConnection({
    host: base.hostname,
    port: Number(base.port || 3306),
    user: decodeURIComponent(base.username),
    password: decodeURIComponent(base.password),
  });
  try {
    await admin.query(sql);
  } finally {
    await admin.end();
  }
}

/**
 * On MySQL each test app gets its own database (per Jest worker and app), built by the migrations, so the
 * migrations are what the tests run on; it is dropped when the app closes. On SQLite, a fresh in-memory database.
 */
export async function freshDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  if (!onMysql) return { url: 'sqlite::memory:', drop: async () => {} };
  const name = `xiaoqu_test_w${process.env.JEST_WORKER_ID ?? '0'}_${++appsStarted}`;
  await onServer(`DROP DATABASE IF EXISTS \`${name}\``);
  await onServer(`CREATE DATABASE \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
  const url = new URL(process.env.DATABASE_URL as string);
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: () => onServer(`DROP DATABASE IF EXISTS \`${name}\``) };
}

export interface HttpAnswer<T = unknown> {
  status: number;
  body: T;
  headers: Headers;
}

export interface TestApp {
  app: NestFastifyApplication;
  url: string;
  dataSource: DataSource;
  demo: DemoIds | null;
  /** Real HTTP to the running API; `token` as Bearer. */
  http<T = unknown>(
    method: string,
    path: string,
    opts?: { token?: string; json?: unknown; body?: RequestInit['body']; headers?: Record<string, string> },
  ): Promise<HttpAnswer<T>>;
  /** dev-login as a persona; returns the bearer token. */
  login(openid: string): Promise<string>;
  close(): Promise<void>;
}

export async function startTestApp(
  options: {
    seed?: boolean;
    disclosures?: boolean;
    complaints?: boolean;
    proposals?: boolean;
    env?: Record<string, string>;
  } = {},
): Promise<TestApp> {
  const database = await freshDatabase();
  const storageDir = mkdtempSync(join(tmpdir(), 'xiaoqu-files-'));
  const config = loadConfig({
    NODE_ENV: 'test',
    PII_KEY: TEST_PII_KEY,
    AUTH_DEV_LOGIN: '1',
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
    REMINDER_INTERVAL_SECONDS: '0',
    // Tests change grants and sessions in the database behind the API's back: each request asks it (auth-cache.spec
    // turns the cache on).
    AUTH_CACHE_SECONDS: '0',
    PORT: '0',
    DB_MIGRATE_ON_START: '1',
    DATABASE_URL: database.url,
    STORAGE_DIR: storageDir,
    ...options.env,
  });
  const app = await createApp(config);
  await app.listen(0, '127.0.0.1');
  const url = (await app.getUrl()).replace('[::1]', '127.0.0.1');
  const dataSource = app.get<DataSource>(getDataSourceToken());
  let demo: DemoIds | null = null;
  try {
    if (options.seed !== false)
      demo = await seedDemo(app, {
        disclosures: options.disclosures ?? false,
        complaints: options.complaints ?? false,
        proposals: options.proposals ?? false,
      });
  } catch (err) {
    await app.close(); // a failed seed must not leave the app holding Jest open
    await database.drop();
    throw err;
  }

  const http: TestApp['http'] = async (method, path, opts = {}) => {
    const headers: Record<string, string> = { ...opts.headers };
    if (opts.token) headers.authorization = `Bearer ${opts.token}`;
    let body = opts.body;
    if (opts.json !== undefined) {
      headers['content-type'] = 'application/json';
      body = JSON.stringify(opts.json);
    }
    const response = await fetch(`${url}${path}`, { method, headers, body });
    const text = await response.text();
    let parsed: unknown = text;
    try {
      parsed = text ? JSON.parse(text) : null;
    } catch {
      /* not JSON: keep the text */
    }
    return { status: response.status, body: parsed as never, headers: response.headers };
  };
  const login = async (openid: string) => {
    const answer = await http<LoginResponse>('POST', '/api/auth/dev-login', { json: { openid } });
    if (answer.status !== 200) throw new Error(`dev-login ${openid}: ${answer.status} ${JSON.stringify(answer.body)}`);
    return answer.body.token;
  };
  const close = async () => {
    await app.close();
    await database.drop();
    rmSync(storageDir, { recursive: true, force: true });
  };
  return { app, url, dataSource, demo, http, login, close };
}

/** Asserts an error answer's shape and returns it. */
export function expectError(answer: HttpAnswer, status: number, code: string): ErrorBody {
  const body = answer.body as ErrorBody;
  expect({ status: answer.status, code: body?.code }).toEqual({ status, code });
  expect(typeof body.message).toBe('string');
  expect(body.requestId).toBeTruthy();
  return body;
}
