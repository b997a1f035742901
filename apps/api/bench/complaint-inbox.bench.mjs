// Benchmark: the grid worker's inbox (GET /api/complaints/inbox, through the whole API on MySQL/MariaDB) with
// 10,000 complaints in the database, then with 1,000,000, in the same run; prints the inbox query's plan.
// The worker's own grid has the same open items at both sizes (a worker's workload does not grow with the
// city); what grows is everyone else's complaints and the history of closed ones, their own grid's included.
// Passes when the inbox uses its index and its median latency at a million is within 1.5× of ten thousand.
// Usage (from the repo root, MariaDB up: npm run db:start -w apps/api):
//   npm run build -w libs/shared -w apps/api && DATABASE_URL=mariadb://xiaoqu:xiaoqu@127.0.0.1:33306/xiaoqu node apps/api/bench/complaint-inbox.bench.mjs
// Env: TOTAL (default 1000000), SMALL (default 10000), GRIDS (default 1000), DURATION (s, default 10), CONNECTIONS (default 10).
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import mysql from 'mysql2/promise';

const here = dirname(fileURLToPath(import.meta.url));
const base = process.env.DATABASE_URL;
if (!/^(mysql|mariadb):\/\//.test(base ?? '')) throw new Error('set DATABASE_URL=mysql://… or mariadb://…');
const TOTAL = Number(process.env.TOTAL ?? 1_000_000);
const SMALL = Number(process.env.SMALL ?? 10_000);
const GRIDS = Number(process.env.GRIDS ?? 1000);
const DURATION = Number(process.env.DURATION ?? 10);
const CONNECTIONS = Number(process.env.CONNECTIONS ?? 10);
const OPEN_IN_WORKER_GRID = 40;
const DB = 'xiaoqu_test_inboxbench';
const PORT = 3231;

const server = new URL(base.replace(/^mariadb:/, 'mysql:'));
const pool = (database) =>
  mysql.createPool({
    host: server.hostname,
    port: Number(server.port || 3306),
    user: decodeURIComponent(server.username),
    password: decodeURIComponent(server.password),
    database,
    connectionLimit: 4,
    timezone: 'Z',
  });
const admin = pool(undefined);
await admin.query(`DROP DATABASE IF EXISTS ${DB}`);
await admin.query(`CREATE DATABASE ${DB} CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
await admin.end();
const benchUrl = new URL(base);
benchUrl.pathname = `/${DB}`;
const db = pool(DB);

// The API builds the schema (migrations) and seeds the demo; the scheduler stays off so nothing moves under us.
const child = spawn(process.execPath, [join(here, '../dist/main.js')], {
  env: {
    ...process.env,
    NODE_ENV: 'development',
    DATABASE_URL: benchUrl.toString(),
    DB_MIGRATE_ON_START: '1',
    DEMO_SEED: '1',
    AUTH_DEV_LOGIN: '1',
    COMPLAINT_SCHEDULER_SECONDS: '0',
    REMINDER_INTERVAL_SECONDS: '0',
    PII_KEY: randomBytes(32).toString('base64'),
    LOG_LEVEL: 'warn',
    STORAGE_DIR: '/tmp/xiaoqu-inboxbench-files',
    PORT: String(PORT),
  },
  stdio: ['ignore', 'pipe', 'inherit'],
});
process.on('exit', () => child.kill());
await new Promise((resolve, reject) => {
  child.stdout.on('data', (d) => String(d).includes('listening') && resolve());
  child.on('exit', (code) => reject(new Error(`api exited ${code}`)));
});
const api = `http://127.0.0.1:${PORT}`;
const token = (
  await (
    await fetch(`${api}/api/auth/dev-login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ openid: 'demo-grid' }),
    })
  ).json()
).token;

// The worker's grid, and GRIDS more grids (other compounds' workers) sharing the load.
const [[worker]] = await db.query(
  "SELECT g.gridId AS gridId, c.id AS compoundId FROM role_grant g JOIN person p ON p.id = g.personId JOIN place c ON c.id = g.placeId WHERE p.openid = 'demo-grid' AND g.role = 'grid_worker'",
);
const [[filer]] = await db.query("SELECT id FROM person WHERE openid = 'demo-filer-jinxiu'");
const [[bldg]] = await db.query("SELECT id FROM place WHERE parentId = ? AND level = 'building' ORDER BY id LIMIT 1", [
  worker.compoundId,
]);
const [gridInsert] = await db.query('INSERT INTO grid (compoundId, parentId, kind, name) VALUES ?', [
  Array.from({ length: GRIDS }, (_, i) => [worker.compoundId, null, 'micro', `基准网格${i + 1}`]),
]);
const otherGrids = Array.from({ length: GRIDS }, (_, i) => gridInsert.insertId + i);

const H = 3600_000;
const t0 = Date.now();
let made = 0;
/** Inserts complaints until the table holds `upTo` rows: 5% open elsewhere, closed history in the worker's grid. */
async function fill(upTo) {
  const started = performance.now();
  while (made < upTo) {
    const rows = [];
    for (let k = 0; k < 5000 && made < upTo; k++, made++) {
      const i = made;
      const inWorkerGrid = i % GRIDS === 0; // the worker's share of the history: 1 in GRIDS
      const open = inWorkerGrid ? false : i % 20 === 0;
      const created = new Date(t0 - (i % 300) * 24 * H - (i % 97) * 60_000);
      created.setMilliseconds(0);
      const due = open ? new Date(created.getTime() + (i % 2 ? 2 * H : 72 * H)) : null;
      rows.push([
        worker.compoundId,
        bldg.id,
        '',
        ['noise', 'parking', 'sanitation', 'facilities'][i % 4],
        '基准测试诉求内容',
        i % 3 === 0,
        filer.id,
        open ? 'submitted' : 'closed',
        'ordinary',
        created,
        'micro_grid',
        '基准',
        inWorkerGrid ? worker.gridId : otherGrids[i % GRIDS],
        due,
        open ? 'accept' : null,
        open ? null : created,
        open ? null : created,
        open ? null : created,
        open ? null : 5,
        '',
        0,
        created,
      ]);
    }
    await db.query(
      `INSERT INTO complaint (compoundId, buildingId, placeText, category, text, visible, filedBy, status, level, levelSince,
         route, routeReason, gridId, dueAt, dueKind, acceptedAt, resolvedAt, closedAt, rating, ratingComment,
         version, createdAt) VALUES ?`,
      [rows],
    );
  }
  await db.query('ANALYZE TABLE complaint');
  return performance.now() - started;
}

/** The worker's open items: the same OPEN_IN_WORKER_GRID at both sizes. */
async function openItemsForWorker() {
  const [[{ n }]] = await db.query('SELECT COUNT(*) AS n FROM complaint WHERE gridId = ? AND dueAt IS NOT NULL', [
    worker.gridId,
  ]);
  const missing = OPEN_IN_WORKER_GRID - Number(n);
  if (missing <= 0) return;
  const rows = Array.from({ length: missing }, (_, i) => {
    const created = new Date(t0 - i * H);
    created.setMilliseconds(0);
    return [
      worker.compoundId,
      bldg.id,
      'noise',
      '网格员待办',
      filer.id,
      'submitted',
      'ordinary',
      created,
      'micro_grid',
      '基准',
      worker.gridId,
      new Date(created.getTime() + 2 * H),
      'accept',
      created,
    ];
  });
  await db.query(
    'INSERT INTO complaint (compoundId, buildingId, category, text, filedBy, status, level, levelSince, route, routeReason, gridId, dueAt, dueKind, createdAt) VALUES ?',
    [rows],
  );
}

const INBOX_SQL = `SELECT c.*, cp.name, b.name FROM complaint c INNER JOIN place cp ON cp.id = c.compoundId
  LEFT JOIN place b ON b.id = c.buildingId WHERE c.gridId IN (?) AND c.dueAt IS NOT NULL ORDER BY c.dueAt ASC, c.id ASC LIMIT 51`;

async function measure(label) {
  await openItemsForWorker();
  const [[{ n: total }]] = await db.query('SELECT COUNT(*) AS n FROM complaint');
  const check = await (
    await fetch(`${api}/api/complaints/inbox`, { headers: { authorization: `Bearer ${token}` } })
  ).json();
  if (!Array.isArray(check.items) || check.items.length !== Math.min(50, OPEN_IN_WORKER_GRID))
    throw new Error(`inbox answered ${JSON.stringify(check).slice(0, 200)}`);
  const [plan] = await db.query(`EXPLAIN ${INBOX_SQL}`, [[worker.gridId]]);
  const sqlTimes = [];
  for (let i = 0; i < 200; i++) {
    const s = performance.now();
    await db.query(INBOX_SQL, [[worker.gridId]]);
    sqlTimes.push(performance.now() - s);
  }
  sqlTimes.sort((a, b) => a - b);
  const result = await new Promise((resolve, reject) =>
    autocannon(
      {
        url: `${api}/api/complaints/inbox`,
        connections: CONNECTIONS,
        duration: DURATION,
        headers: { authorization: `Bearer ${token}` },
      },
      (err, r) => (err ? reject(err) : resolve(r)),
    ),
  );
  if (result.non2xx > 0 || result.errors > 0)
    throw new Error(`${label}: ${result.non2xx} non-2xx, ${result.errors} errors`);
  return {
    label,
    total: Number(total),
    plan,
    sqlMedian: sqlTimes[100],
    p50: result.latency.mean,
    rps: result.requests.average,
  };
}

const smallFill = await fill(SMALL);
const small = await measure('small');
const bigFill = await fill(TOTAL);
const big = await measure('big');

const row = (p) => `${p.table}: type=${p.type} key=${p.key ?? '—'} rows=${p.rows} ${p.Extra ?? ''}`;
console.log(`\ninbox query plan at ${big.total.toLocaleString('en')} complaints:`);
for (const p of big.plan) console.log(`  ${row(p)}`);
const complaintPlan = big.plan.find((p) => p.table === 'c');
const usesIndex = complaintPlan?.key === 'IDX_complaint_grid_due' && !/filesort/i.test(complaintPlan.Extra ?? '');
console.log(
  `\ngrid worker's inbox, ${OPEN_IN_WORKER_GRID} open items in the worker's grid, ${GRIDS} other grids, ${CONNECTIONS} connections, ${DURATION} s each`,
);
for (const m of [small, big])
  console.log(
    `  ${m.total.toLocaleString('en').padStart(10)} complaints: API mean latency ${m.p50.toFixed(2)} ms, ${Math.round(m.rps)} req/s; SQL alone median ${m.sqlMedian.toFixed(2)} ms`,
  );
console.log(
  `  fill: ${SMALL.toLocaleString('en')} rows ${Math.round(smallFill / 1000)} s, up to ${TOTAL.toLocaleString('en')} ${Math.round(bigFill / 1000)} s`,
);
const latencyRatio = big.p50 / small.p50;
const throughputRatio = small.rps / big.rps;
console.log(
  `ratio at a million / at ten thousand: mean latency ${latencyRatio.toFixed(2)}, time per request ${throughputRatio.toFixed(2)}`,
);
const pass = usesIndex && throughputRatio <= 1.5 && latencyRatio <= 1.5;
console.log(pass ? 'PASS: index used, within 1.5×' : `FAIL: ${usesIndex ? '' : 'index not used; '}ratio over 1.5×`);
await db.end();
process.exit(pass ? 0 : 1);
