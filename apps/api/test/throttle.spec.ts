import type { ClaimView, ComplaintDetailView, ErrorBody } from '@xiaoqu/shared';
import { UnitClaim } from '../src/claim/unit-claim.entity.js';
import { expectError, startTestApp, type TestApp } from './test-app.js';

// Small limits so the test sends few requests; the claim limit is checked with the claim throttle off.
let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({
    env: {
      THROTTLE_WINDOW_SECONDS: '60',
      THROTTLE_LOGIN_PER_IP: '3',
      THROTTLE_WRITE_PER_PERSON: '3',
      THROTTLE_WRITE_PER_IP: '5',
      THROTTLE_CLAIM_PER_PERSON: '0',
      THROTTLE_CLAIM_PER_IP: '0',
      THROTTLE_UPLOAD_PER_PERSON: '2',
    },
  });
}, 60_000); // starting and seeding an app takes seconds on a busy machine
afterAll(() => t.close());

const fileComplaint = (token: string) =>
  t.http<ComplaintDetailView & ErrorBody>('POST', `/api/compounds/${t.demo!.compoundIds.jinxiu}/complaints`, {
    token,
    json: { category: 'noise', text: '楼上夜间装修，噪音很大', photoIds: [] },
  });

test('complaint filing is limited per person, then per IP, with TOO_MANY_REQUESTS and Retry-After', async () => {
  const resident = await t.login('demo-resident');
  for (let i = 0; i < 3; i++) expect((await fileComplaint(resident)).status).toBe(201);
  const refused = await fileComplaint(resident);
  const body = expectError(refused, 429, 'TOO_MANY_REQUESTS');
  expect(body.message).toBe('操作太频繁，请稍后再试');
  const retryAfter = Number(refused.headers.get('retry-after'));
  expect(retryAfter).toBeGreaterThan(0);
  expect(retryAfter).toBeLessThanOrEqual(60);

  // Another person is not held back by the first one's count, until the IP's own limit (5) is spent: every
  // attempt from the IP counts there, the refused one too.
  const owner = await t.login('demo-owner');
  expect((await fileComplaint(owner)).status).toBe(201);
  expectError(await fileComplaint(owner), 429, 'TOO_MANY_REQUESTS');
});

test('routes without a limit are not throttled', async () => {
  const resident = await t.login('demo-resident');
  for (let i = 0; i < 20; i++) expect((await t.http('GET', '/api/me', { token: resident })).status).toBe(200);
});

test('WeChat login is limited per IP before WeChat is called', async () => {
  // An empty body is refused by validation, which runs after the guards: the attempts still count.
  for (let i = 0; i < 3; i++)
    expectError(await t.http('POST', '/api/auth/wechat-login', { json: {} }), 400, 'VALIDATION_FAILED');
  // Without TRUST_PROXY a caller cannot pose as many addresses by forging X-Forwarded-For.
  const refused = await t.http('POST', '/api/auth/wechat-login', {
    json: { code: 'abc' },
    headers: { 'x-forwarded-for': '203.0.113.9' },
  });
  expectError(refused, 429, 'TOO_MANY_REQUESTS');
  expect(refused.headers.get('retry-after')).toMatch(/^\d+$/);
});

test('50 simultaneous wrong claims: exactly 5 are checked, the rest refused', async () => {
  const guesser = await t.login('o-parallel-guesser');
  const answers = await Promise.all(
    Array.from({ length: 50 }, (_, i) =>
      t.http<ClaimView & ErrorBody>('POST', '/api/claims', {
        token: guesser,
        json: {
          compoundId: t.demo!.compoundIds.jinxiu,
          building: '3栋',
          room: '502',
          ownerName: '李秀英',
          phoneLast4: String(1000 + i),
        },
      }),
    ),
  );
  const codes = answers.map((a) => `${a.status} ${a.body.code}`);
  expect(codes.filter((c) => c === '422 CLAIM_NOT_MATCHED')).toHaveLength(5);
  expect(codes.filter((c) => c === '429 CLAIM_TOO_MANY_ATTEMPTS')).toHaveLength(45);
  const personId = (await t.http<{ id: number }>('GET', '/api/me', { token: guesser })).body.id;
  expect(await t.dataSource.getRepository(UnitClaim).count({ where: { personId, status: 'unmatched' } })).toBe(5);
});

test('a matching claim does not use up an attempt', async () => {
  const owner = await t.login('o-right-first-time');
  const answer = await t.http<ClaimView>('POST', '/api/claims', {
    token: owner,
    json: {
      compoundId: t.demo!.compoundIds.jinxiu,
      building: '3栋',
      room: '502',
      ownerName: '李秀英',
      phoneLast4: '5678',
    },
  });
  expect(answer.status).toBe(201);
  const personId = (await t.http<{ id: number }>('GET', '/api/me', { token: owner })).body.id;
  const rows: { failures: number }[] = await t.dataSource.query(
    'SELECT failures FROM claim_attempt WHERE personId = ?',
    [personId],
  );
  expect(rows.map((r) => Number(r.failures))).toEqual([0]);
});

test('uploads of every kind are limited per person', async () => {
  const staff = await t.login('demo-property');
  const upload = () => {
    const form = new FormData();
    form.append('file', new Blob([Buffer.from('%PDF-1.4\n%%EOF\n')], { type: 'application/pdf' }), 'a.pdf');
    return t.http('POST', `/api/compounds/${t.demo!.compoundIds.jinxiu}/attachments`, { token: staff, body: form });
  };
  for (let i = 0; i < 2; i++) expect((await upload()).status).not.toBe(429);
  expectError(await upload(), 429, 'TOO_MANY_REQUESTS');
});

describe('behind a proxy (TRUST_PROXY=1)', () => {
  let proxied: TestApp;
  beforeAll(async () => {
    proxied = await startTestApp({ seed: false, env: { TRUST_PROXY: '1', THROTTLE_LOGIN_PER_IP: '2' } });
  }, 60_000);
  afterAll(() => proxied.close());

  const login = (ip: string) =>
    proxied.http('POST', '/api/auth/wechat-login', { json: {}, headers: { 'x-forwarded-for': ip } });

  test('each resident behind the proxy has their own per-IP count', async () => {
    for (let i = 0; i < 2; i++) expect((await login('198.51.100.1')).status).toBe(400);
    expectError(await login('198.51.100.1'), 429, 'TOO_MANY_REQUESTS');
    expect((await login('198.51.100.2')).status).toBe(400);
  });
});
