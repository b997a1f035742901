import { ERROR_MESSAGES, type LoginResponse } from '@xiaoqu/shared';
import {
  ApiError,
  createApiClient,
  NETWORK_MESSAGE,
  type HttpResponse,
  type SessionStore,
  type StoredSession,
  type Transport,
} from './request';

const NOW = Date.parse('2026-11-26T08:00:00Z');
const LATER = '2026-11-27T08:00:00Z';

function memorySessions(initial: StoredSession | null = null): SessionStore & { value: StoredSession | null } {
  return {
    value: initial,
    get() {
      return this.value;
    },
    set(session) {
      this.value = session;
    },
  };
}

interface Call {
  method: string;
  url: string;
  auth: string | undefined;
  body?: unknown;
}

/**
 * A fake API: `valid` is the set of tokens it accepts; each response is released when the test says so,
 * so that requests can really be in flight at the same time.
 */
function fakeApi() {
  const calls: Call[] = [];
  const valid = new Set<string>();
  let logins = 0;
  const transport: Transport = {
    async request({ method, url, headers, body }): Promise<HttpResponse> {
      calls.push({ method, url, auth: headers.Authorization, body });
      await Promise.resolve();
      if (url === '/api/auth/wechat-login') {
        logins += 1;
        const token = `t${logins + 1}`;
        valid.add(token);
        return { status: 200, data: { token, expiresAt: LATER, personId: 7 } satisfies LoginResponse };
      }
      const token = headers.Authorization?.replace('Bearer ', '') ?? '';
      if (!valid.has(token)) {
        return { status: 401, data: { code: 'TOKEN_EXPIRED', message: 'token expired', requestId: 'r1' } };
      }
      return { status: 200, data: { url, token } };
    },
    async upload() {
      return { status: 500, data: null };
    },
    async download({ url, headers }) {
      calls.push({ method: 'GET', url, auth: headers.Authorization });
      const token = headers.Authorization?.replace('Bearer ', '') ?? '';
      if (!valid.has(token)) return { status: 401, data: { code: 'TOKEN_EXPIRED', message: 'expired' } };
      return { status: 200, data: `blob:${url}` };
    },
  };
  return { calls, valid, transport, logins: () => logins };
}

function clientFor(transport: Transport, sessions: SessionStore, onLoginRequired = jest.fn()) {
  const authenticate = jest.fn((post: <T>(path: string, body: unknown) => Promise<T>) =>
    post<LoginResponse>('/api/auth/wechat-login', { code: 'wx-code' }),
  );
  const client = createApiClient({ baseUrl: '', transport, sessions, authenticate, onLoginRequired, now: () => NOW });
  return { client, authenticate, onLoginRequired };
}

describe('createApiClient', () => {
  it('sends the stored token as a Bearer header', async () => {
    const api = fakeApi();
    api.valid.add('t1');
    const { client, authenticate } = clientFor(api.transport, memorySessions({ token: 't1', expiresAt: LATER }));
    await expect(client.get('/api/me')).resolves.toEqual({ url: '/api/me', token: 't1' });
    expect(api.calls[0].auth).toBe('Bearer t1');
    expect(authenticate).not.toHaveBeenCalled();
  });

  it('renews the login once for every request that meets a 401 at the same moment, and retries each once', async () => {
    const api = fakeApi(); // t1 is not valid any more
    const sessions = memorySessions({ token: 't1', expiresAt: LATER });
    const { client, authenticate } = clientFor(api.transport, sessions);

    const results = await Promise.all([
      client.get('/api/me'),
      client.get('/api/claims/mine'),
      client.get('/api/compounds/1'),
    ]);

    expect(authenticate).toHaveBeenCalledTimes(1);
    expect(api.logins()).toBe(1);
    expect(results.map((r) => (r as { token: string }).token)).toEqual(['t2', 't2', 't2']);
    // 3 refused + 1 login + 3 retries
    expect(api.calls.filter((c) => c.auth === 'Bearer t1')).toHaveLength(3);
    expect(api.calls.filter((c) => c.auth === 'Bearer t2')).toHaveLength(3);
    expect(sessions.value).toEqual({ token: 't2', expiresAt: LATER });
  });

  it('logs in first when there is no session, once for concurrent requests', async () => {
    const api = fakeApi();
    const { client, authenticate } = clientFor(api.transport, memorySessions());
    await Promise.all([client.get('/api/me'), client.get('/api/me')]);
    expect(authenticate).toHaveBeenCalledTimes(1);
    expect(api.calls.filter((c) => c.auth === undefined)).toHaveLength(1); // the login itself
  });

  it('renews a session that has expired before sending', async () => {
    const api = fakeApi();
    const { client, authenticate } = clientFor(
      api.transport,
      memorySessions({ token: 't1', expiresAt: '2026-11-26T07:59:00Z' }),
    );
    await client.get('/api/me');
    expect(authenticate).toHaveBeenCalledTimes(1);
    expect(api.calls.map((c) => c.auth)).toEqual([undefined, 'Bearer t2']);
  });

  it('does not loop: a second 401 after renewal is an error and asks for a new login', async () => {
    const sessions = memorySessions({ token: 't1', expiresAt: LATER });
    const transport: Transport = {
      request: jest.fn(async ({ url }) =>
        url.startsWith('/api/auth/')
          ? { status: 200, data: { token: 'tx', expiresAt: LATER, personId: 1 } }
          : { status: 401, data: { code: 'UNAUTHENTICATED', message: 'no', requestId: 'r' } },
      ),
      upload: jest.fn(),
      download: jest.fn(),
    };
    const { client, onLoginRequired } = clientFor(transport, sessions);
    await expect(client.get('/api/me')).rejects.toMatchObject({ code: 'UNAUTHENTICATED', message: '请先登录' });
    expect(transport.request).toHaveBeenCalledTimes(3); // refused, login, refused again
    expect(onLoginRequired).toHaveBeenCalledTimes(1);
    expect(sessions.value).toBeNull();
  });

  it('turns an error code into its Chinese message and keeps the details', async () => {
    const transport: Transport = {
      request: async () => ({
        status: 422,
        data: { code: 'CLAIM_NOT_MATCHED', message: 'claim does not match the roster', requestId: 'req-9' },
      }),
      upload: async () => ({
        status: 400,
        data: {
          code: 'ROSTER_INVALID',
          message: 'roster invalid',
          requestId: 'req-10',
          details: [{ row: 3, message: '房号不能为空' }],
        },
      }),
      download: async () => ({ status: 404, data: { code: 'NOT_FOUND', message: 'no such attachment' } }),
    };
    const { client } = clientFor(transport, memorySessions({ token: 't1', expiresAt: LATER }));

    const claim = await client.post('/api/claims', {}).catch((e: unknown) => e);
    expect(claim).toBeInstanceOf(ApiError);
    expect(claim).toMatchObject({
      code: 'CLAIM_NOT_MATCHED',
      status: 422,
      message: ERROR_MESSAGES.CLAIM_NOT_MATCHED,
      requestId: 'req-9',
    });

    const roster = await client
      .upload('/api/compounds/1/roster', 'file', { kind: 'path', path: '/tmp/a.csv', name: 'a.csv' })
      .catch((e: unknown) => e);
    expect(roster).toMatchObject({
      code: 'ROSTER_INVALID',
      message: '花名册中有错误的行，未导入任何数据',
      details: [{ row: 3, message: '房号不能为空' }],
    });
  });

  it('says something useful for answers without our error body', async () => {
    const responses: HttpResponse[] = [
      { status: 502, data: null },
      { status: 418, data: { message: '服务器正在维护，请 10 分钟后再试' } },
      { status: 404, data: { message: 'Cannot GET /api/nope' } },
    ];
    const transport: Transport = {
      request: async () => responses.shift() as HttpResponse,
      upload: jest.fn(),
      download: jest.fn(),
    };
    const { client } = clientFor(transport, memorySessions({ token: 't1', expiresAt: LATER }));
    await expect(client.get('/a')).rejects.toMatchObject({ message: '服务出了点问题，请稍后再试' });
    await expect(client.get('/b')).rejects.toMatchObject({ message: '服务器正在维护，请 10 分钟后再试' });
    await expect(client.get('/c')).rejects.toMatchObject({ code: 'NOT_FOUND', message: ERROR_MESSAGES.NOT_FOUND });
  });

  it('keeps the server’s own Chinese message for a known code, never an English one', async () => {
    const responses: HttpResponse[] = [
      { status: 400, data: { code: 'VALIDATION_FAILED', message: '这套房屋不在本次表决的名册中' } },
      { status: 400, data: { code: 'VALIDATION_FAILED', message: 'closesAt must be ISO' } },
    ];
    const transport: Transport = {
      request: async () => responses.shift() as HttpResponse,
      upload: jest.fn(),
      download: jest.fn(),
    };
    const { client } = clientFor(transport, memorySessions({ token: 't1', expiresAt: LATER }));
    await expect(client.get('/zh')).rejects.toMatchObject({ message: '这套房屋不在本次表决的名册中' });
    await expect(client.get('/en')).rejects.toMatchObject({ message: ERROR_MESSAGES.VALIDATION_FAILED });
  });

  it('turns a network failure into a plain Chinese message', async () => {
    const transport: Transport = {
      request: async () => {
        throw new Error('request:fail timeout');
      },
      upload: jest.fn(),
      download: jest.fn(),
    };
    const { client, onLoginRequired } = clientFor(transport, memorySessions({ token: 't1', expiresAt: LATER }));
    await expect(client.get('/api/me')).rejects.toMatchObject({ code: 'NETWORK', message: NETWORK_MESSAGE });
    expect(NETWORK_MESSAGE).toMatch(/网络/);
    expect(onLoginRequired).not.toHaveBeenCalled();
  });

  it('reports a refused login once to onLoginRequired and to every waiting request', async () => {
    const transport: Transport = { request: jest.fn(), upload: jest.fn(), download: jest.fn() };
    const onLoginRequired = jest.fn();
    const client = createApiClient({
      baseUrl: '',
      transport,
      sessions: memorySessions(),
      authenticate: async () => {
        throw new ApiError('LOGIN_REQUIRED', '请先登录', 401);
      },
      onLoginRequired,
    });
    const results = await Promise.allSettled([client.get('/api/me'), client.get('/api/claims/mine')]);
    expect(results.map((r) => r.status)).toEqual(['rejected', 'rejected']);
    expect(onLoginRequired).toHaveBeenCalledTimes(1);
    expect(transport.request).not.toHaveBeenCalled();
  });

  it('builds query strings and leaves out empty values', async () => {
    const api = fakeApi();
    api.valid.add('t1');
    const { client } = clientFor(api.transport, memorySessions({ token: 't1', expiresAt: LATER }));
    await client.get('/api/compounds/1/units', { buildingId: 3, cursor: null, q: '锦绣' });
    expect(api.calls[0].url).toBe('/api/compounds/1/units?buildingId=3&q=%E9%94%A6%E7%BB%A3');
  });

  it('downloads a file with the token and renews it once when it has expired', async () => {
    const api = fakeApi();
    api.valid.add('t1');
    const sessions = memorySessions({ token: 'stale', expiresAt: LATER });
    const { client } = clientFor(api.transport, sessions);
    await expect(client.download('/api/attachments/9')).resolves.toBe('blob:/api/attachments/9');
    expect(api.calls.filter((c) => c.url === '/api/attachments/9').map((c) => c.auth)).toEqual([
      'Bearer stale',
      'Bearer t2',
    ]);
  });
});

describe('logout', () => {
  it('forgets the session and revokes its token on the server, even when the server cannot be reached', async () => {
    const sent: { method: string; url: string; auth?: string }[] = [];
    const transport: Transport = {
      async request({ method, url, headers }): Promise<HttpResponse> {
        sent.push({ method, url, auth: headers.Authorization });
        throw new Error('offline');
      },
      upload: () => Promise.reject(new Error('unused')),
      download: () => Promise.reject(new Error('unused')),
    };
    const sessions = memorySessions({ token: 'tok-1', expiresAt: LATER });
    const client = createApiClient({
      baseUrl: 'https://api.example',
      transport,
      sessions,
      now: () => NOW,
      authenticate: async (): Promise<LoginResponse> => ({ token: 'x', expiresAt: LATER, personId: 1 }),
    });
    client.logout();
    expect(sessions.value).toBeNull();
    expect(client.hasSession()).toBe(false);
    await Promise.resolve();
    expect(sent).toEqual([{ method: 'POST', url: 'https://api.example/api/auth/logout', auth: 'Bearer tok-1' }]);
    client.logout(); // nothing to revoke the second time
    expect(sent).toHaveLength(1);
  });
});
