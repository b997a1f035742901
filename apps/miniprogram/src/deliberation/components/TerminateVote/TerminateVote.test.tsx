import { act, fireEvent, render, screen } from '@testing-library/react';
import { modalAnswering, stubTaro } from '../../../../test/taro-stubs';
import { TerminateVote } from './index';

/** Types into NutUI's TextArea (a Taro web component in jsdom) the way its React wrapper listens for it. */
function typeReason(value: string) {
  const el = document.querySelector('textarea, taro-textarea-core');
  if (!el) throw new Error('no reason box');
  act(() => {
    el.dispatchEvent(new CustomEvent('input', { detail: { value }, bubbles: true }));
  });
}

describe('TerminateVote', () => {
  let restore = () => {};
  afterEach(() => restore());

  it('requires a written reason before anything is asked or sent', async () => {
    const modal = modalAnswering(true);
    restore = stubTaro({ showModal: modal });
    const terminate = jest.fn();
    render(<TerminateVote voteId={4} onDone={() => undefined} terminate={terminate} />);
    fireEvent.click(screen.getByText('中止表决'));
    await act(async () => {
      fireEvent.click(screen.getByText('确认中止'));
    });
    expect(screen.getByRole('alert').textContent).toContain('请写明中止表决的理由');
    expect(modal).not.toHaveBeenCalled();
    expect(terminate).not.toHaveBeenCalled();
  });

  it('confirms that the vote is voided and nothing revealed, then sends the reason', async () => {
    const modal = modalAnswering(true);
    restore = stubTaro({ showModal: modal, showToast: jest.fn() });
    const terminate = jest.fn().mockResolvedValue({});
    const onDone = jest.fn();
    render(<TerminateVote voteId={4} onDone={onDone} terminate={terminate} />);
    fireEvent.click(screen.getByText('中止表决'));
    typeReason(' 表决事项表述有误 ');
    await act(async () => {
      fireEvent.click(screen.getByText('确认中止'));
    });
    const asked = modal.mock.calls[0]![0]!;
    expect(asked.content).toContain('本次表决作废');
    expect(asked.content).toContain('不会公布任何票数');
    expect(terminate).toHaveBeenCalledWith(4, { reason: '表决事项表述有误' });
    expect(onDone).toHaveBeenCalled();
  });
});
