// Benchmark: GET /api/account-disclosures/:id (a 200-line period) through the whole API on MySQL/MariaDB,
// against bare Fastify + mysql2 returning the same rows from the same database, in the same run.
// Usage (from the repo root, MariaDB up: npm run db:start -w apps/api):
//   npm run build -w libs/shared -w apps/api && DATABASE_URL=mariadb://xiaoqu:xiaoqu@127.0.0.1:33306/xiaoqu node apps/api/bench/period-detail.bench.mjs
// Env: DURATION (s, default 10), CONNECTIONS (default 50).
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import mysql from 'mysql2/promise';

const here = dirname(fileURLToPath(import.meta.url));
const base = process.env.DATABASE_URL;
if (!/^(mysql|mariadb):\/\//.test(base ?? '')) throw new Error('set DATABASE_URL=mysql://… or mariadb://…');
const duration = Number(process.env.DURATION ?? 10);
const connections = Number(process.env.CONNECTIONS ?? 50);

// A database of its own, built by the migrations and seeded with the demo by the API itself.
const server = new URL(base.replace(/^mariadb:/, 'mysql:'));
const admin = await mysql.createConnection({
  host: server.hostname,
  port: Number(server.port || 3306),
  user: decodeURIComponent(server.username),
  password: decodeURIComponent(server.password),
});
await admin.query('DROP DATABASE IF EXISTS xiaoqu_test_bench');
await admin.query('CREATE DATABASE xiaoqu_test_bench CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci');
await admin.end();
const benchUrl = new URL(base);
benchUrl.pathname = '/xiaoqu_test_bench';

const children = [];
const start = (args, env, port, ready) =>
  new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, {
      env: { ...process.env, ...env, PORT: String(port) },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    children.push(child);
    child.stdout.on('data', (d) => String(d).includes(ready) && resolve(child));
    child.on('exit', (code) => reject(new Error(`${args[0]} exited ${code}`)));
  });
process.on('exit', () => children.forEach((c) => c.kill()));

// The fixture: a demo-enabled instance writes the demo and a 200-line period, then stops.
const fixture = await start(
  [join(here, '../dist/main.js')],
  {
    NODE_ENV: 'development',
    DATABASE_URL: benchUrl.toString(),
    DB_MIGRATE_ON_START: '1',
    DEMO_SEED: '1',
    AUTH_DEV_LOGIN: '1',
    PII_KEY: randomBytes(32).toString('base64'),
    LOG_LEVEL: 'warn',
    STORAGE_DIR: '/tmp/xiaoqu-bench-files',
  },
  3203,
  'listening',
);
const api = (port) => async (method, path, token, body) => {
  const r = await fetch(`http://127.0.0.1:${port}${path}`, {
    method,
    headers: {
      ...(body ? { 'content-type': 'application/json' } : {}),
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: body ? JSON.stringify(body) : undefined,
  });
  if (!r.ok) throw new Error(`${method} ${path}: ${r.status} ${await r.text()}`);
  return r.json();
};
const call = api(3203);
const login = async (openid) => (await call('POST', '/api/auth/dev-login', null, { openid })).token;
const property = await login('demo-property');
const me = await call('GET', '/api/me', property);
const compoundId = me.roles[0].place.id;
// A past period the demo leaves free: a period that has not begun is refused.
const draft = await call('POST', `/api/compounds/${compoundId}/account-disclosures`, property, {
  periodKey: '2025-01',
});
const categories = ['cleaning', 'security', 'greening', 'elevator', 'common_utilities', 'repairs', 'other'];
const lines = Array.from({ length: 200 }, (_, i) => ({
  category: i % 10 === 0 ? 'parking' : categories[i % categories.length],
  amountFen: 1000 + ((i * 7919) % 99000), // under the trust model's voucher limit
  occurredOn: `2025-01-${String((i % 28) + 1).padStart(2, '0')}`,
  counterparty: `供应商 ${i + 1}`,
  note: `第 ${i + 1} 笔`,
}));
await call('PUT', `/api/account-disclosures/${draft.id}/lines`, property, { lines });
await call('POST', `/api/account-disclosures/${draft.id}/publish`, property);
const resident = await login('demo-resident');
fixture.kill();

// The API under test: the same build, with its token from the fixture (sessions live in the database).
// BENCH_PROFILE=1 writes a CPU profile of the measured API to /tmp/xiaoqu-prof (open it in Chrome DevTools).
const profile = process.env.BENCH_PROFILE ? ['--cpu-prof', '--cpu-prof-dir=/tmp/xiaoqu-prof'] : [];
const measured = await start(
  [...profile, join(here, '../dist/main.js')],
  {
    NODE_ENV: 'development',
    DATABASE_URL: benchUrl.toString(),
    PII_KEY: randomBytes(32).toString('base64'),
    LOG_LEVEL: 'warn',
    STORAGE_DIR: '/tmp/xiaoqu-bench-files',
  },
  3204,
  'listening',
);
const bare = await start(
  [join(here, 'bare-period.mjs')],
  { DATABASE_URL: benchUrl.toString() },
  3202,
  'bare fastify up',
);

const run = (title, url, headers = {}) =>
  new Promise((resolve, reject) => {
    autocannon({ title, url, connections, duration, headers }, (err, result) => (err ? reject(err) : resolve(result)));
  });
const check = await (
  await fetch(`http://127.0.0.1:3204/api/account-disclosures/${draft.id}`, {
    headers: { authorization: `Bearer ${resident}` },
  })
).json();
if (check.lines?.length !== 200) throw new Error(`expected 200 lines, got ${JSON.stringify(check).slice(0, 200)}`);

const baseline = await run('bare', `http://127.0.0.1:3202/period/${draft.id}`);
const full = await run('api', `http://127.0.0.1:3204/api/account-disclosures/${draft.id}`, {
  authorization: `Bearer ${resident}`,
});
const row = (name, r) =>
  `${name.padEnd(34)} ${String(Math.round(r.requests.average)).padStart(7)} req/s  p50 ${r.latency.p50} ms  p99 ${r.latency.p99} ms  non2xx ${r.non2xx}  errors ${r.errors}`;
console.log(`\nperiod detail, 200 lines, ${connections} connections, ${duration} s each, same database, same run`);
console.log(row('bare Fastify + mysql2 (baseline)', baseline));
console.log(row('xiaoqu API (auth, scope, totals)', full));
console.log(`ratio api / baseline: ${(full.requests.average / baseline.requests.average).toFixed(2)}`);
measured.kill();
bare.kill();
process.exit(0);
