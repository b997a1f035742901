import { render, screen } from '@testing-library/react';
import type { OwnerVoteResultView } from '@xiaoqu/shared';
import { tallyFixture, voteFixture } from '../../lib/fixtures';
import { VoteResult } from './index';

const basis = {
  id: 1,
  compoundId: 2,
  clause: '《锦绣花园管理规约》第二十条：业主共同决定事项可以通过小区共治平台以电子方式表决',
  document: null,
  objectionDays: 7,
  recordedAt: '2026-10-01T02:00:00Z',
  recordedByRole: 'committee_member',
};

const result = (patch: Partial<OwnerVoteResultView> = {}): OwnerVoteResultView => ({
  vote: voteFixture(),
  tally: tallyFixture({ status: 'closed' }),
  choiceTally: null,
  explanation: ['参与表决的专有面积 300,123.45 / 523,456.78 m²（57.3%），需三分之二以上：未达到'],
  publication: { seq: 10, contentHash: 'c', hash: 'abcdef0123456789ffff', publishedAt: '2026-12-20T16:00:00Z' },
  corrections: [],
  finalPublication: null,
  ...patch,
});

describe('VoteResult', () => {
  it('shows a preliminary count with its explanation, chart, chain link and basis', () => {
    const { container } = render(<VoteResult vote={voteFixture({ basis })} result={result()} />);
    expect(screen.getByText('初步结果 · 询异公示中')).toBeTruthy();
    expect(screen.getByText('✗ 表决未通过（初步结果）')).toBeTruthy();
    expect(screen.getByText(/需三分之二以上：未达到/)).toBeTruthy();
    expect(screen.getByText(/初步结果：.*第 10 号公示/)).toBeTruthy();
    expect(screen.getByText(`依据：${basis.clause}`)).toBeTruthy();
    expect(screen.getByText('本结果依据')).toBeTruthy();
    expect(container.querySelector('.xq-chart')).not.toBeNull();
  });

  it('calls the link of a result imported from the official system the result, not a preliminary one', () => {
    const vote = voteFixture({ channel: 'official', resultStage: 'final', finalAt: null });
    render(<VoteResult vote={vote} result={result({ vote })} />);
    expect(screen.getByText(/结果公示：.*第 10 号公示/)).toBeTruthy();
    expect(screen.queryByText(/初步结果/)).toBeNull();
  });

  it('shows options instead of agree/disagree for a multi-option vote', () => {
    const options = [
      { id: 'a', label: '续聘锦程物业' },
      { id: 'b', label: '选聘安居物业' },
    ];
    const vote = voteFixture({ kind: 'choice', options, resultStage: 'final', finalAt: '2026-12-28T01:00:00Z' });
    const choiceTally = {
      voteId: 1,
      status: 'closed' as const,
      asOf: '2026-12-20T15:59:59Z',
      rule: 'majority' as const,
      total: { areaCentiM2: 1_000_000, headcount: 100 },
      participated: { areaCentiM2: 800_000, headcount: 80 },
      abstained: { areaCentiM2: 100_000, headcount: 10 },
      options: [
        { optionId: 'a', chose: { areaCentiM2: 500_000, headcount: 50 }, approvalMet: true },
        { optionId: 'b', chose: { areaCentiM2: 200_000, headcount: 20 }, approvalMet: false },
      ],
      participationMet: true,
      adopted: 'a',
    };
    render(<VoteResult vote={vote} result={result({ vote, tally: null, choiceTally })} />);
    expect(screen.getByText('结果已生效')).toBeTruthy();
    expect(screen.getByText('通过「续聘锦程物业」')).toBeTruthy();
    expect(screen.queryByText(/表决通过|表决未通过/)).toBeNull();
  });
});
