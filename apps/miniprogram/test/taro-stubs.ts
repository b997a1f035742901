import Taro from '@tarojs/taro';

type Stubs = Partial<Record<'showModal' | 'showToast' | 'showLoading' | 'hideLoading' | 'navigateTo', jest.Mock>>;

/**
 * Taro's h5 API calls (showModal, showToast…) are not installed in jsdom: put mocks in their place for a test, and
 * take them away again with the function returned.
 */
export function stubTaro(stubs: Stubs): () => void {
  const target = Taro as unknown as Record<string, unknown>;
  const before = Object.fromEntries(Object.keys(stubs).map((k) => [k, target[k]]));
  Object.assign(target, stubs);
  return () => Object.assign(target, before);
}

/** A showModal mock answering confirm (true) or cancel (false). */
export const modalAnswering = (confirm: boolean) =>
  jest.fn().mockResolvedValue({ confirm, cancel: !confirm, errMsg: 'showModal:ok' });
