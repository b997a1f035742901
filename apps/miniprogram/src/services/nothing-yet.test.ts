import { isNothingYet, orNothingYet } from './nothing-yet';
import { ApiError, toApiError } from './request';

describe('isNothingYet', () => {
  it('is the API’s 404 NOT_FOUND, e.g. no service disclosure draft yet', () => {
    expect(isNothingYet(toApiError(404, { code: 'NOT_FOUND', message: '还没有服务公示草稿' }))).toBe(true);
    expect(isNothingYet(toApiError(404, 'Not Found'))).toBe(true);
  });

  it('is not any other failure', () => {
    expect(isNothingYet(toApiError(403, { code: 'FORBIDDEN', message: 'x' }))).toBe(false);
    expect(isNothingYet(toApiError(500, {}))).toBe(false);
    expect(isNothingYet(new ApiError('NETWORK', '网络连接失败', 0))).toBe(false);
    expect(isNothingYet(new Error('NOT_FOUND'))).toBe(false);
  });
});

describe('orNothingYet', () => {
  it('passes a value through', async () => {
    await expect(orNothingYet(Promise.resolve({ id: 1 }))).resolves.toEqual({ id: 1 });
  });

  it('answers null for nothing yet', async () => {
    await expect(
      orNothingYet(Promise.reject(toApiError(404, { code: 'NOT_FOUND', message: 'x' }))),
    ).resolves.toBeNull();
  });

  it('still rejects on a real failure', async () => {
    const forbidden = toApiError(403, { code: 'FORBIDDEN', message: '没有权限' });
    await expect(orNothingYet(Promise.reject(forbidden))).rejects.toBe(forbidden);
  });
});
