// Benchmark: owners casting ballots over HTTP through the whole API on MySQL/MariaDB, against bare mysql2
// inserts of the same rows with the same durability (one committed transaction per ballot) and against a bare
// Fastify + mysql2 handler inserting them from HTTP requests, in the same run;
// and the time to tally an owner vote over a 10,000-unit compound.
// Usage (from the repo root, MariaDB up: npm run db:start -w apps/api):
//   npm run build -w libs/shared -w apps/api && DATABASE_URL=mariadb://xiaoqu:xiaoqu@127.0.0.1:33306/xiaoqu node apps/api/bench/vote-cast.bench.mjs
// Env: OWNERS (default 1000), CONCURRENCY (default 50).
/* global FormData, Blob -- Node 20 has both; the lint config lists only older Node globals */
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import mysql from 'mysql2/promise';

const here = dirname(fileURLToPath(import.meta.url));
const base = process.env.DATABASE_URL;
if (!/^(mysql|mariadb):\/\//.test(base ?? '')) throw new Error('set DATABASE_URL=mysql://… or mariadb://…');
const OWNERS = Number(process.env.OWNERS ?? 1000);
const CONCURRENCY = Number(process.env.CONCURRENCY ?? 50);

const server = new URL(base.replace(/^mariadb:/, 'mysql:'));
const connect = (database) =>
  mysql.createPool({
    host: server.hostname,
    port: Number(server.port || 3306),
    user: decodeURIComponent(server.username),
    password: decodeURIComponent(server.password),
    database,
    connectionLimit: 10,
  });
const admin = connect(undefined);
await admin.query('DROP DATABASE IF EXISTS xiaoqu_test_votebench');
await admin.query('CREATE DATABASE xiaoqu_test_votebench CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci');
await admin.end();
const benchUrl = new URL(base);
benchUrl.pathname = '/xiaoqu_test_votebench';
const db = connect('xiaoqu_test_votebench');

const children = [];
process.on('exit', () => children.forEach((c) => c.kill()));
const start = (env, port) =>
  new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(here, '../dist/main.js')], {
      env: {
        ...process.env,
        NODE_ENV: 'development',
        DATABASE_URL: benchUrl.toString(),
        DB_MIGRATE_ON_START: '1',
        PII_KEY: randomBytes(32).toString('base64'),
        LOG_LEVEL: 'warn',
        STORAGE_DIR: '/tmp/xiaoqu-votebench-files',
        AUTH_DEV_LOGIN: '1',
        ...env,
        PORT: String(port),
      },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    children.push(child);
    child.stdout.on('data', (d) => String(d).includes('listening') && resolve(child));
    child.on('exit', (code) => reject(new Error(`api exited ${code}`)));
  });
await start({ DEMO_SEED: '1' }, 3211);
const call = async (method, path, token, body, headers = {}) => {
  const r = await fetch(`http://127.0.0.1:3211${path}`, {
    method,
    headers: {
      ...(body ? { 'content-type': 'application/json' } : {}),
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...headers,
    },
    body: body ? JSON.stringify(body) : undefined,
  });
  const text = await r.text();
  if (!r.ok) throw new Error(`${method} ${path}: ${r.status} ${text}`);
  return JSON.parse(text);
};
const login = async (openid) => (await call('POST', '/api/auth/dev-login', null, { openid })).token;
/** A 1×1 PNG uploaded to the compound: the photo of a posted notice, the document of a voting basis. */
const upload = async (compound, token) => {
  const form = new FormData();
  const png = Buffer.from(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
    'base64',
  );
  form.append('file', new Blob([png], { type: 'image/png' }), 'notice.png');
  const r = await fetch(`http://127.0.0.1:3211/api/compounds/${compound}/attachments`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}` },
    body: form,
  });
  if (!r.ok) throw new Error(`upload: ${r.status} ${await r.text()}`);
  return (await r.json()).id;
};
/** A vote opening now, its notice posted on the boards 16 days ago with its photo. */
const openVote = async (compound, token, title, matterNo = 4) =>
  call(
    'POST',
    `/api/proposals/${(await call('POST', `/api/compounds/${compound}/proposals`, token, { title, body: 'benchmark' })).id}/owner-vote`,
    token,
    {
      matterNo,
      closesAt: new Date(Date.now() + 86400_000).toISOString(),
      secret: true,
      noticePostedAt: new Date(Date.now() - 16 * 86400_000).toISOString(),
      noticeAttachmentId: await upload(compound, token),
    },
  );

/** Runs `task(i)` for i < n with `concurrency` in flight; returns the elapsed milliseconds. */
async function pool(n, concurrency, task) {
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < n) await task(next++);
    }),
  );
  return performance.now() - started;
}

// Fixture: OWNERS verified owners of 锦绣花园, one owner key each, and an open vote.
const committee = await login('demo-committee');
const compoundId = (await call('GET', '/api/me', committee)).roles[0].place.id;
const [units] = await db.query(
  'SELECT MIN(id) AS id, ownerKey FROM unit WHERE compoundId = ? AND developerUnsold = 0 GROUP BY ownerKey ORDER BY MIN(id) LIMIT ?',
  [compoundId, OWNERS],
);
if (units.length < OWNERS) throw new Error(`only ${units.length} owners in the demo compound`);
const tokens = [];
await pool(OWNERS, 20, async (i) => {
  tokens[i] = await login(`bench-owner-${i}`);
});
const [people] = await db.query("SELECT id, openid FROM person WHERE openid LIKE 'bench-owner-%'");
const personOf = new Map(people.map((p) => [p.openid, p.id]));
await db.query('INSERT INTO unit_owner (personId, unitId, ownerKey) VALUES ?', [
  units.map((u, i) => [personOf.get(`bench-owner-${i}`), u.id, u.ownerKey]),
]);
await db.query('INSERT INTO role_grant (personId, role, placeId, gridKey) VALUES ?', [
  units.map((_, i) => [personOf.get(`bench-owner-${i}`), 'owner', compoundId, 0]),
]);
const vote = await openVote(compoundId, committee, '基准测试');

// Warm-up, not measured: the same owners cast once on another vote, so the measured run is not the JIT's first
// pass nor the pool's first connections (the baseline below runs warm too).
const warmup = await openVote(compoundId, committee, '预热');
await pool(OWNERS, CONCURRENCY, (i) =>
  call(
    'POST',
    `/api/owner-votes/${warmup.id}/ballots`,
    tokens[i],
    { choice: 'agree' },
    { 'idempotency-key': `warmup-${warmup.id}-${i}` },
  ),
);

// A: the API — auth, place scope, roll lookup, idempotency, one multi-row INSERT per cast.
const apiMs = await pool(OWNERS, CONCURRENCY, async (i) => {
  await call(
    'POST',
    `/api/owner-votes/${vote.id}/ballots`,
    tokens[i],
    { choice: i % 3 === 0 ? 'disagree' : 'agree' },
    { 'idempotency-key': `bench-${vote.id}-${i}` },
  );
});
const [[{ n: apiBallots }]] = await db.query('SELECT COUNT(*) AS n FROM ballot WHERE voteId = ?', [vote.id]);

// B: bare mysql2 — the same rows into the same table, one autocommitted INSERT each, same concurrency.
const vote2 = await openVote(compoundId, committee, '基准测试2');
const bareMs = await pool(OWNERS, CONCURRENCY, async (i) => {
  await db.query(
    'INSERT INTO ballot (voteId, ownerKey, choice, method, enteredBy, idempotencyKey, requestSha256, receiptCode, madeAt) VALUES (?, ?, ?, ?, ?, ?, ?, ?, NOW())',
    [
      vote2.id,
      units[i].ownerKey,
      i % 3 === 0 ? 'disagree' : 'agree',
      'online',
      1,
      `bare-${i}`,
      'x'.repeat(64),
      randomBytes(5).toString('hex').toUpperCase(),
    ],
  );
});

// C: bare Fastify + mysql2 over HTTP — the same row from a JSON request, same concurrency (the handler the API is
// measured against: same HTTP, same database, none of the rules).
const bare = spawn(process.execPath, [join(here, 'bare-ballot.mjs')], {
  env: { ...process.env, DATABASE_URL: benchUrl.toString(), PORT: '3212' },
  stdio: ['ignore', 'pipe', 'inherit'],
});
children.push(bare);
await new Promise((resolve) => bare.stdout.on('data', (d) => String(d).includes('up') && resolve()));
const vote3 = await openVote(compoundId, committee, '基准测试3');
const bareHttpMs = await pool(OWNERS, CONCURRENCY, async (i) => {
  const r = await fetch(`http://127.0.0.1:3212/ballots/${vote3.id}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      ownerKey: units[i].ownerKey,
      choice: i % 3 === 0 ? 'disagree' : 'agree',
      idempotencyKey: `http-${i}`,
    }),
  });
  if (r.status !== 201) throw new Error(`bare handler: ${r.status}`);
});

// The tally of a 10,000-unit compound: its roll frozen by the API, 8,000 owners' ballots, then GET /tally.
const [[community]] = await db.query("SELECT id, path FROM place WHERE level = 'community' ORDER BY id LIMIT 1");
const [placeInsert] = await db.query(
  "INSERT INTO place (level, name, parentId, path, propertyCompany) VALUES ('compound', '基准小区', ?, 'x', NULL)",
  [community.id],
);
const bigId = placeInsert.insertId;
await db.query('UPDATE place SET path = ? WHERE id = ?', [`${community.path}${bigId}/`, bigId]);
const [buildingInsert] = await db.query(
  "INSERT INTO place (level, name, parentId, path, propertyCompany) VALUES ('building', '1栋', ?, 'x', NULL)",
  [bigId],
);
await db.query('UPDATE place SET path = ? WHERE id = ?', [
  `${community.path}${bigId}/${buildingInsert.insertId}/`,
  buildingInsert.insertId,
]);
const bigUnits = Array.from({ length: 10000 }, (_, i) => [
  bigId,
  buildingInsert.insertId,
  '',
  `R${i}`,
  4500 + ((i * 7919) % 13500),
  `big-${Math.floor(i / 1.1)}`,
  0,
]);
for (let i = 0; i < bigUnits.length; i += 2000)
  await db.query(
    'INSERT INTO unit (compoundId, buildingId, entrance, room, areaCentiM2, ownerKey, developerUnsold) VALUES ?',
    [bigUnits.slice(i, i + 2000)],
  );
const admin2 = await login('demo-community-admin');
// The new compound's rules allow voting here (recorded before timing), as in any compound that votes here.
await call('PUT', `/api/compounds/${bigId}/vote-basis`, admin2, {
  clause: '《基准小区管理规约》第二十条：业主共同决定可以在本平台表决。',
  documentAttachmentId: await upload(bigId, admin2),
});
const openStarted = performance.now();
const bigVote = await openVote(bigId, admin2, '万户表决', 7);
const openMs = performance.now() - openStarted;
const keys = [...new Set(bigUnits.map((u) => u[5]))].slice(0, 8000);
const ballots = keys.map((k, i) => [bigVote.id, k, i % 4 === 0 ? 'disagree' : 'agree', 'paper', 1, null, '', `B${i}`]);
for (let i = 0; i < ballots.length; i += 2000)
  await db.query(
    'INSERT INTO ballot (voteId, ownerKey, choice, method, enteredBy, idempotencyKey, requestSha256, receiptCode, madeAt) VALUES ?',
    [ballots.slice(i, i + 2000).map((b) => [...b, new Date()])],
  );
// The count is read once the vote has closed (nothing of it before): close it as the scheduler would.
await db.query("UPDATE owner_vote SET status = 'closed', closedAt = closesAt WHERE id = ?", [bigVote.id]);
const tallyTimes = [];
let tally;
for (let i = 0; i < 15; i++) {
  const t0 = performance.now();
  tally = await call('GET', `/api/owner-votes/${bigVote.id}/tally`, admin2);
  tallyTimes.push(performance.now() - t0);
}
tallyTimes.sort((a, b) => a - b);

console.log(`\nowner ballots, ${OWNERS} owners, ${CONCURRENCY} in flight, same database, same run`);
console.log(
  `bare mysql2 INSERT (baseline)        ${Math.round((OWNERS / bareMs) * 1000)} ballots/s  (${Math.round(bareMs)} ms)`,
);
console.log(
  `xiaoqu API POST …/ballots            ${Math.round((OWNERS / apiMs) * 1000)} ballots/s  (${Math.round(apiMs)} ms, ${apiBallots} ballots stored)`,
);
console.log(
  `bare Fastify + mysql2 handler        ${Math.round((OWNERS / bareHttpMs) * 1000)} ballots/s  (${Math.round(bareHttpMs)} ms)`,
);
console.log(`ratio api / baseline: ${(bareMs / apiMs).toFixed(2)}`);
console.log(`ratio api / bare http handler: ${(bareHttpMs / apiMs).toFixed(2)}`);
console.log(
  `\n10,000-unit compound: opening the vote (roll frozen, notice photo uploaded) ${Math.round(openMs)} ms; tally over ${tally.participated.headcount} of ${tally.total.headcount} owners: median ${Math.round(tallyTimes[7])} ms, max ${Math.round(tallyTimes[14])} ms (15 calls)`,
);
await db.end();
process.exit(0);
