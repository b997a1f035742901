import { act, renderHook } from '@testing-library/react';
import { modalAnswering, stubTaro } from '../../test/taro-stubs';
import { useConfirmedSubmit, type Checked } from './useConfirmedSubmit';

const ok = (text: string): Checked<{ text: string }> => ({ request: { text }, error: null });
const refused: Checked<{ text: string }> = { request: null, error: '请写明理由' };

describe('useConfirmedSubmit', () => {
  let restore = () => {};
  afterEach(() => restore());

  it('shows what the check refuses, and asks and sends nothing; an edit clears it', async () => {
    const modal = modalAnswering(true);
    restore = stubTaro({ showModal: modal });
    const send = jest.fn();
    const { result } = renderHook(() =>
      useConfirmedSubmit({
        check: () => refused,
        confirm: () => ({ title: '提交？', content: '' }),
        send,
        success: '已提交',
        onDone: jest.fn(),
      }),
    );
    await act(() => result.current.submit());
    expect(result.current.error).toBe('请写明理由');
    expect(modal).not.toHaveBeenCalled();
    expect(send).not.toHaveBeenCalled();
    const set = jest.fn();
    act(() => result.current.edit(set)('新的理由'));
    expect(set).toHaveBeenCalledWith('新的理由');
    expect(result.current.error).toBeNull();
  });

  it('asks with the checked request, sends nothing when cancelled', async () => {
    const modal = modalAnswering(false);
    restore = stubTaro({ showModal: modal });
    const send = jest.fn();
    const { result } = renderHook(() =>
      useConfirmedSubmit({
        check: () => ok('理由'),
        confirm: (request) => ({ title: '提交？', content: `理由：${request.text}`, cancelText: '再看看' }),
        send,
        success: '已提交',
        onDone: jest.fn(),
      }),
    );
    await act(() => result.current.submit());
    expect(modal).toHaveBeenCalledWith({ title: '提交？', content: '理由：理由', cancelText: '再看看' });
    expect(send).not.toHaveBeenCalled();
    expect(result.current.saving).toBe(false);
  });

  it('once confirmed: saving while it sends, then the toast and onDone with what came back', async () => {
    const toast = jest.fn();
    restore = stubTaro({ showModal: modalAnswering(true), showToast: toast });
    let answer: (v: number) => void = () => {};
    const send = jest.fn(() => new Promise<number>((resolve) => (answer = resolve)));
    const onDone = jest.fn();
    const { result } = renderHook(() =>
      useConfirmedSubmit({
        check: () => ok('x'),
        confirm: () => ({ title: '提交？' }),
        send,
        success: '已提交',
        onDone,
      }),
    );
    let sent: Promise<void> = Promise.resolve();
    await act(async () => {
      sent = result.current.submit();
    });
    expect(send).toHaveBeenCalledWith({ text: 'x' });
    expect(result.current.saving).toBe(true);
    await act(async () => {
      answer(7);
      await sent;
    });
    expect(toast).toHaveBeenCalledWith(expect.objectContaining({ title: '已提交', icon: 'success' }));
    expect(onDone).toHaveBeenCalledWith(7);
    expect(result.current.saving).toBe(false);
  });

  it('without a dialog sends at once; a failure is toasted in words and onDone not called', async () => {
    const modal = modalAnswering(true);
    const toast = jest.fn();
    restore = stubTaro({ showModal: modal, showToast: toast });
    const onDone = jest.fn();
    const { result } = renderHook(() =>
      useConfirmedSubmit({
        check: () => ok('x'),
        send: () => Promise.reject(new Error('网络不好')),
        success: '已录入',
        onDone,
      }),
    );
    await act(() => result.current.submit());
    expect(modal).not.toHaveBeenCalled();
    expect(onDone).not.toHaveBeenCalled();
    expect(toast).toHaveBeenCalledWith(expect.objectContaining({ icon: 'none' }));
    expect(toast).not.toHaveBeenCalledWith(expect.objectContaining({ icon: 'success' }));
    expect(result.current.saving).toBe(false);
  });
});
