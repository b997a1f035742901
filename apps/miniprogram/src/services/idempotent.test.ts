import { isIdempotencyKey, type FileComplaintRequest } from '@xiaoqu/shared';
import { createIdempotentSender, idempotentPost, newIdempotencyKey } from './idempotent';
import { ApiError, NETWORK_MESSAGE } from './request';
import { sameFiling, type Filing } from './clients/complaint';

jest.mock('./api', () => ({ client: {} }));

const networkDown = () => new ApiError('NETWORK', NETWORK_MESSAGE, 0);
const body: FileComplaintRequest = { category: 'noise', text: '楼上夜间装修，噪音很大', photoIds: [3] };

describe('newIdempotencyKey', () => {
  it('fits the server rule and differs each time', () => {
    const key = newIdempotencyKey();
    expect(isIdempotencyKey(key)).toBe(true);
    expect(newIdempotencyKey()).not.toBe(key);
  });
});

describe('filing a complaint with an Idempotency-Key', () => {
  const sender = () => {
    const keys: string[] = [];
    let made = 0;
    let failures = 0;
    const send = createIdempotentSender<Filing, { id: number }>(
      async (_filing, key) => {
        keys.push(key);
        if (failures > 0) {
          failures -= 1;
          throw failures % 2 ? networkDown() : new ApiError('INTERNAL', '服务出了点问题', 500);
        }
        return { id: 7 };
      },
      sameFiling,
      () => `c-key-${++made}-abcdef`,
    );
    return { send, keys, fail: (n: number) => (failures = n) };
  };

  it('retries a failed send once with the same key', async () => {
    const { send, keys, fail } = sender();
    fail(1);
    await expect(send({ compoundId: 1, body })).resolves.toEqual({ id: 7 });
    expect(keys).toEqual(['c-key-1-abcdef', 'c-key-1-abcdef']);
  });

  it("reuses the key on the user's next tap of the same filing, and starts a new one after it arrived", async () => {
    const { send, keys, fail } = sender();
    fail(2);
    await expect(send({ compoundId: 1, body })).rejects.toBeInstanceOf(ApiError);
    await send({ compoundId: 1, body: { ...body } });
    await send({ compoundId: 1, body });
    expect(keys).toEqual(['c-key-1-abcdef', 'c-key-1-abcdef', 'c-key-1-abcdef', 'c-key-2-abcdef']);
  });

  it('starts a new key when the filing changed, or after a refusal no retry can fix', async () => {
    const keys: string[] = [];
    let made = 0;
    const send = createIdempotentSender<Filing, never>(
      async ({ body: b }, key) => {
        keys.push(key);
        throw b.text.includes('违规') ? new ApiError('CONTENT_REJECTED', '内容未通过', 422) : networkDown();
      },
      sameFiling,
      () => `c-key-${++made}-abcdef`,
    );
    await expect(send({ compoundId: 1, body })).rejects.toThrow();
    await expect(send({ compoundId: 1, body: { ...body, text: '改过的说明文字' } })).rejects.toThrow();
    await expect(send({ compoundId: 2, body: { ...body, text: '改过的说明文字' } })).rejects.toThrow();
    await expect(send({ compoundId: 2, body: { ...body, text: '违规的内容' } })).rejects.toThrow('内容未通过');
    await expect(send({ compoundId: 2, body: { ...body, text: '违规的内容' } })).rejects.toThrow('内容未通过');
    expect(keys).toEqual([
      'c-key-1-abcdef',
      'c-key-1-abcdef',
      'c-key-2-abcdef',
      'c-key-2-abcdef',
      'c-key-3-abcdef',
      'c-key-3-abcdef',
      'c-key-4-abcdef',
      'c-key-5-abcdef',
    ]);
  });
});

describe('idempotentPost', () => {
  it('sends a retried post with its first key, and another post with a new key', async () => {
    const keys: string[] = [];
    let fail = 2;
    const post = idempotentPost<string>(async (path, _body, key) => {
      keys.push(`${path} ${key}`);
      if (fail-- > 0) throw networkDown();
      return 'ok';
    });
    await expect(post('/api/compounds/1/proposals', { title: '加装电梯' })).rejects.toBeInstanceOf(ApiError);
    await expect(post('/api/compounds/1/proposals', { title: '加装电梯' })).resolves.toBe('ok');
    await expect(post('/api/disclosure-lines/7/questions', { text: '？' })).resolves.toBe('ok');
    const [first, ...rest] = keys;
    expect(rest.slice(0, 2)).toEqual([first, first]); // the automatic retry and the user's retry
    expect(keys[3].split(' ')[1]).not.toBe(first.split(' ')[1]);
    expect(keys).toHaveLength(4);
  });
});
