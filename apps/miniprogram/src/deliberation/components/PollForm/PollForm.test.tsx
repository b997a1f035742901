import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import Taro from '@tarojs/taro';
import type { ProposalView } from '@xiaoqu/shared';
import { modalAnswering, stubTaro } from '../../../../test/taro-stubs';
import { deliberationApi } from '../../../services/clients/deliberation';
import { dayText } from '../../../components/DateField';
import { addDays, earliestCloseDay } from '../../lib/vote';
import { PollForm } from './index';

jest.mock('../../../services/clients/deliberation', () => ({ deliberationApi: { openPoll: jest.fn() } }));

const proposal = { id: 7, compoundId: 1 } as ProposalView;

/** What the picker reports when a day is chosen (the native picker and h5's 确定 alike). */
function pick(name: string, value: string) {
  const picker = document.querySelector(`[data-name="${name}"]`)?.closest('taro-picker-core');
  if (!picker) throw new Error(`no date field named ${name}`);
  act(() => {
    picker.dispatchEvent(new CustomEvent('change', { detail: { value }, bubbles: true }));
  });
}

describe('PollForm', () => {
  let restore = () => {};
  afterEach(() => restore());

  it('offers the closing day in a picker, from the earliest day allowed, and sends the day chosen', async () => {
    const modal = modalAnswering(true);
    const stop = stubTaro({ showModal: modal, showToast: jest.fn() });
    const target = Taro as unknown as Record<string, unknown>;
    const redirectTo = target.redirectTo;
    target.redirectTo = jest.fn();
    restore = () => {
      stop();
      target.redirectTo = redirectTo;
    };
    jest.mocked(deliberationApi.openPoll).mockResolvedValue({ id: 3 } as never);
    render(<PollForm proposal={proposal} />);
    expect(screen.getByText(dayText(earliestCloseDay()))).toBeTruthy();
    const picker = document.querySelector('taro-picker-core') as HTMLElement & { start?: string };
    await waitFor(() => expect(picker.start).toBe(earliestCloseDay()));
    expect(document.querySelector('input[name="pollClosesOn"]')).toBeNull();

    const day = addDays(earliestCloseDay(), 6);
    pick('pollClosesOn', day);
    expect(screen.getByText(dayText(day))).toBeTruthy();
    await act(async () => {
      fireEvent.click(screen.getByText('发起居民意见征询'));
    });
    expect(deliberationApi.openPoll).toHaveBeenCalledWith(7, {
      closesAt: new Date(`${day}T23:59:59+08:00`).toISOString(),
    });
  });
});
