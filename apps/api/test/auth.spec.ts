import type { LoginResponse, MeResponse } from '@xiaoqu/shared';
import { Session } from '../src/identity/session.entity.js';
import { Person } from '../src/identity/person.entity.js';
import { expectError, startTestApp, type TestApp } from './test-app.js';
import { FAKE_APPID, FAKE_SECRET, startWechatFake } from './wechat-fake.js';

let t: TestApp;
let wechat: Awaited<ReturnType<typeof startWechatFake>>;

beforeAll(async () => {
  wechat = await startWechatFake();
  t = await startTestApp({
    env: {
      WECHAT_API_BASE_URL: wechat.url,
      WECHAT_APPID: FAKE_APPID,
      WECHAT_SECRET: FAKE_SECRET,
      WECHAT_TIMEOUT_MS: '1000',
    },
  });
});
afterAll(async () => {
  await t.close();
  await wechat.close();
});

const login = (code: string) => t.http<LoginResponse>('POST', '/api/auth/wechat-login', { json: { code } });

describe('POST /api/auth/wechat-login', () => {
  test('a valid code creates the person once and returns a working token with an expiry', async () => {
    const first = await login('ok:o-new-person');
    expect(first.status).toBe(200);
    expect(new Date(first.body.expiresAt).getTime()).toBeGreaterThan(Date.now());
    const again = await login('ok:o-new-person');
    expect(again.body.personId).toBe(first.body.personId);
    expect(await t.dataSource.getRepository(Person).count({ where: { openid: 'o-new-person' } })).toBe(1);
    const me = await t.http<MeResponse>('GET', '/api/me', { token: first.body.token });
    expect(me.status).toBe(200);
    expect(me.body).toMatchObject({ id: first.body.personId, roles: [], units: [] });
    const call = wechat.calls.at(-1) as URL;
    expect(call.searchParams.get('appid')).toBe(FAKE_APPID);
    expect(call.searchParams.get('js_code')).toBe('ok:o-new-person');
  });

  test.each([
    ['used', 400, 'WECHAT_CODE_INVALID'],
    ['frequent', 429, 'WECHAT_RATE_LIMITED'],
    ['risky', 403, 'WECHAT_USER_BLOCKED'],
    ['busy', 400, 'WECHAT_LOGIN_FAILED'],
    ['html', 502, 'WECHAT_UNAVAILABLE'],
    ['slow', 502, 'WECHAT_UNAVAILABLE'],
  ])('WeChat answering %s becomes %i %s', async (code, status, errorCode) => {
    const body = expectError(await login(code), status, errorCode);
    expect(body.message).toMatch(/[\u4e00-\u9fa5]/);
  });

  test('a wrong secret is a login failure, not a crash', async () => {
    const other = await startTestApp({
      seed: false,
      env: { WECHAT_API_BASE_URL: wechat.url, WECHAT_APPID: FAKE_APPID, WECHAT_SECRET: 'wrong' },
    });
    try {
      expectError(
        await other.http('POST', '/api/auth/wechat-login', { json: { code: 'ok:x' } }),
        400,
        'WECHAT_LOGIN_FAILED',
      );
    } finally {
      await other.close();
    }
  });

  test('a missing or malformed body is refused with the field named', async () => {
    const body = expectError(await t.http('POST', '/api/auth/wechat-login', { json: {} }), 400, 'VALIDATION_FAILED');
    expect(body.details?.map((d) => d.field)).toContain('code');
    expectError(
      await t.http('POST', '/api/auth/wechat-login', { json: { code: 'ok:a', extra: 1 } }),
      400,
      'VALIDATION_FAILED',
    );
    expectError(
      await t.http('POST', '/api/auth/wechat-login', {
        body: '{not json',
        headers: { 'content-type': 'application/json' },
      }),
      400,
      'VALIDATION_FAILED',
    );
  });
});

describe('sessions', () => {
  test('no token, a wrong token and an expired token are refused with different codes', async () => {
    expectError(await t.http('GET', '/api/me'), 401, 'UNAUTHENTICATED');
    expectError(await t.http('GET', '/api/me', { token: 'x'.repeat(43) }), 401, 'UNAUTHENTICATED');
    const token = await t.login('demo-resident');
    await t.dataSource
      .createQueryBuilder()
      .update(Session)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .execute();
    expectError(await t.http('GET', '/api/me', { token }), 401, 'TOKEN_EXPIRED');
  });

  test('the request id is echoed in errors and headers', async () => {
    const answer = await t.http('GET', '/api/me', { headers: { 'x-request-id': 'trace-123' } });
    expect((answer.body as { requestId: string }).requestId).toBe('trace-123');
    expect(answer.headers.get('x-request-id')).toBe('trace-123');
  });
});

describe('GET /api/me', () => {
  test('shows my roles with their places and my units; my name and phone are stored sealed', async () => {
    const token = await t.login('demo-owner');
    const me = await t.http<MeResponse>('GET', '/api/me', { token });
    expect(me.body.name).toBe('王建国');
    expect(me.body.roles.map((r) => r.role).sort()).toEqual(['owner', 'resident']);
    expect(me.body.roles[0].placePath.map((p) => p.level)).toEqual(['district', 'street', 'community', 'compound']);
    expect(me.body.units.map((u) => `${u.building}${u.room}`)).toEqual(['1栋101', '1栋102']);
    const raw = (await t.dataSource.query(
      `SELECT nameSealed, phoneSealed FROM person WHERE openid = 'demo-owner'`,
    )) as { nameSealed: string; phoneSealed: string }[];
    expect(raw[0].nameSealed).not.toContain('王');
    expect(raw[0].phoneSealed).not.toContain('1234');
  });

  test('PATCH /api/me validates the phone and keeps what was there on refusal', async () => {
    const token = await t.login('demo-resident');
    expectError(await t.http('PATCH', '/api/me', { token, json: { phone: '12345' } }), 400, 'VALIDATION_FAILED');
    const me = await t.http<MeResponse>('GET', '/api/me', { token });
    expect(me.body.phone).toBe('13800001111');
    const changed = await t.http<MeResponse>('PATCH', '/api/me', {
      token,
      json: { name: '张小梅', phone: '028-85551234' },
    });
    expect(changed.body.phone).toBe('028-85551234');
  });
});
