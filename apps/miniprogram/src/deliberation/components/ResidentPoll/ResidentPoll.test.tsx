import { render, screen } from '@testing-library/react';
import type { ResidentPollView } from '@xiaoqu/shared';
import { ResidentPoll } from './index';

const poll = (patch: Partial<ResidentPollView> = {}): ResidentPollView => ({
  id: 4,
  proposalId: 9,
  status: 'open',
  closesAt: '2026-12-10T15:59:59Z',
  agree: 3,
  disagree: 1,
  abstain: 0,
  majorityAgrees: true,
  myChoice: null,
  notice: '居民意见征询结果仅供参考，不是业主共同决定',
  ...patch,
});

describe('ResidentPoll', () => {
  it('is labelled as a resident poll, never an owner decision, with its counts', () => {
    render(<ResidentPoll poll={poll()} canVote onChanged={jest.fn()} />);
    expect(screen.getByText(/^居民意见征询 · 2026年12月10日截止/)).toBeTruthy();
    expect(screen.getByText(/仅供参考，不是业主共同决定/)).toBeTruthy();
    expect(screen.getByText('同意 3 · 不同意 1 · 弃权 0（共 4 人）')).toBeTruthy();
    expect(screen.queryByText(/业主共同决定 ·|表决通过/)).toBeNull();
    expect(screen.getByText('不同意')).toBeTruthy();
  });

  it('offers no buttons once closed, and shows my answer', () => {
    render(<ResidentPoll poll={poll({ status: 'closed', myChoice: 'agree' })} canVote onChanged={jest.fn()} />);
    expect(screen.getByText('征询结果：过半数居民同意')).toBeTruthy();
    expect(screen.getByText(/我的意见：同意/)).toBeTruthy();
    expect(document.querySelector('.xq-ballot-buttons')).toBeNull();
  });
});
