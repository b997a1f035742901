import type { BallotReceipt, CastBallotRequest, LoginResponse } from '@xiaoqu/shared';
import { createBallotSender, newIdempotencyKey } from './ballot';
import {
  ApiError,
  createApiClient,
  NETWORK_MESSAGE,
  type HttpResponse,
  type StoredSession,
  type Transport,
} from './request';

const receipt = (choice: BallotReceipt['choice'] = 'agree', optionId: string | null = null): BallotReceipt => ({
  voteId: 1,
  receiptCode: 'R-1',
  choice,
  optionId,
  castAt: '2026-11-26T06:00:00Z',
  method: 'online',
});
const networkDown = () => new ApiError('NETWORK', NETWORK_MESSAGE, 0);

describe('newIdempotencyKey', () => {
  it('fits the server rule: 8–64 characters of [A-Za-z0-9_-]', () => {
    const key = newIdempotencyKey();
    expect(key).toMatch(/^[A-Za-z0-9_-]{8,64}$/);
    expect(newIdempotencyKey()).not.toBe(key);
  });
});

describe('createBallotSender', () => {
  it('retries a failed send once with the same key', async () => {
    const keys: string[] = [];
    const cast = jest.fn(async (_v: number, body: CastBallotRequest, key: string) => {
      keys.push(key);
      if (keys.length === 1) throw networkDown();
      return receipt(body.choice);
    });
    const send = createBallotSender(cast, () => `key-${keys.length}-abc`);
    await expect(send(1, { choice: 'agree' })).resolves.toEqual(receipt('agree'));
    expect(keys).toEqual(['key-0-abc', 'key-0-abc']);
  });

  it('reuses the key when the user taps again after a network failure, and starts a new one after success', async () => {
    const keys: string[] = [];
    let fail = true;
    let made = 0;
    const send = createBallotSender(
      async (_v, body, key) => {
        keys.push(key);
        if (fail) throw networkDown();
        return receipt(body.choice);
      },
      () => `key-${++made}-abcdef`,
    );
    await expect(send(1, { choice: 'agree' })).rejects.toThrow(NETWORK_MESSAGE);
    fail = false;
    await send(1, { choice: 'agree' });
    await send(1, { choice: 'agree' });
    expect(keys).toEqual(['key-1-abcdef', 'key-1-abcdef', 'key-1-abcdef', 'key-2-abcdef']);
  });

  it('starts a new key for another choice, and after a refusal that no retry can fix', async () => {
    const keys: string[] = [];
    let made = 0;
    const send = createBallotSender(
      async (_v, body, key) => {
        keys.push(key);
        if (body.choice === 'abstain') throw new ApiError('VOTE_CLOSED', '表决已经结束', 409);
        throw networkDown();
      },
      () => `key-${++made}-abcdef`,
    );
    await expect(send(1, { choice: 'agree' })).rejects.toThrow();
    await expect(send(1, { choice: 'disagree' })).rejects.toThrow();
    await expect(send(1, { choice: 'abstain' })).rejects.toThrow('表决已经结束');
    await expect(send(1, { choice: 'abstain' })).rejects.toThrow('表决已经结束');
    expect(keys).toEqual([
      'key-1-abcdef',
      'key-1-abcdef',
      'key-2-abcdef',
      'key-2-abcdef',
      'key-3-abcdef',
      'key-4-abcdef',
    ]);
  });
});

describe('createBallotSender with options', () => {
  it('keeps one key per option, and tells an option from abstaining', async () => {
    const keys: string[] = [];
    let made = 0;
    const send = createBallotSender(
      async (_v, _body, key) => {
        keys.push(key);
        throw networkDown();
      },
      () => `key-${++made}-abcdef`,
    );
    await expect(send(1, { optionId: 'a' })).rejects.toThrow();
    await expect(send(1, { optionId: 'a' })).rejects.toThrow();
    await expect(send(1, { optionId: 'b' })).rejects.toThrow();
    await expect(send(1, { optionId: null })).rejects.toThrow();
    await expect(send(1, { optionId: null })).rejects.toThrow();
    expect([...new Set(keys)]).toEqual(['key-1-abcdef', 'key-2-abcdef', 'key-3-abcdef']);
    expect(keys.filter((k) => k === 'key-1-abcdef')).toHaveLength(4);
  });

  it('sends the option as the body', async () => {
    const cast = jest.fn(async (_v: number, body: CastBallotRequest) => receipt('agree', body.optionId ?? null));
    const send = createBallotSender(cast, () => 'key-1-abcdef');
    await expect(send(3, { optionId: 'b' })).resolves.toMatchObject({ optionId: 'b' });
    expect(cast).toHaveBeenCalledWith(3, { optionId: 'b' }, 'key-1-abcdef');
  });
});

describe('the request wrapper with an Idempotency-Key', () => {
  it('sends the key, and sends it again unchanged when it retries after renewing the login', async () => {
    const seen: { auth?: string; key?: string }[] = [];
    let session: StoredSession | null = { token: 'old', expiresAt: '2099-01-01T00:00:00Z' };
    const transport: Transport = {
      async request({ url, headers }): Promise<HttpResponse> {
        seen.push({ auth: headers.Authorization, key: headers['Idempotency-Key'] });
        if (headers.Authorization === 'Bearer old') {
          return { status: 401, data: { code: 'TOKEN_EXPIRED', message: 'expired', requestId: 'r' } };
        }
        return { status: 201, data: { url } };
      },
      upload: () => Promise.reject(new Error('unused')),
      download: () => Promise.reject(new Error('unused')),
    };
    const client = createApiClient({
      baseUrl: '',
      transport,
      sessions: {
        get: () => session,
        set: (s) => {
          session = s;
        },
      },
      authenticate: async (): Promise<LoginResponse> => ({
        token: 'new',
        expiresAt: '2099-01-01T00:00:00Z',
        personId: 1,
      }),
    });
    await client.request('POST', '/api/owner-votes/1/ballots', {
      body: { choice: 'agree' },
      headers: { 'Idempotency-Key': 'b-key-123456' },
    });
    expect(seen).toEqual([
      { auth: 'Bearer old', key: 'b-key-123456' },
      { auth: 'Bearer new', key: 'b-key-123456' },
    ]);
  });
});
