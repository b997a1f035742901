import { voteFixture } from './fixtures';
import { shareTitle, voteResultCard } from './share';

describe('shareTitle', () => {
  it('names the stage of the vote, and never the notice', () => {
    expect(shareTitle({ title: '续聘物业', vote: null })).toBe('议题：续聘物业');
    expect(
      shareTitle({ title: '续聘物业', vote: voteFixture({ status: 'open', resultStage: null, closedAt: null }) }),
    ).toBe('业主表决 · 表决中 · 12月20日截止：续聘物业');
    expect(shareTitle({ title: '续聘物业', vote: voteFixture() })).toBe(
      '业主表决 · 结果询异公示中（至12月27日）：续聘物业',
    );
    const announced = shareTitle({ title: '续聘物业', vote: voteFixture({ status: 'announced' }) });
    expect(announced).toBe('业主表决 · 表决公告 · 12月11日开始：续聘物业');
    expect(announced).not.toContain('张贴');
  });
});

describe('voteResultCard', () => {
  const tally = {
    rule: 'majority' as const,
    total: { headcount: 1176, areaCentiM2: 1 },
    participated: { headcount: 955, areaCentiM2: 1 },
    agreed: { headcount: 837, areaCentiM2: 1 },
    disagreed: { headcount: 71, areaCentiM2: 1 },
    abstained: { headcount: 47, areaCentiM2: 1 },
    participationMet: true,
    approvalMet: true,
    approved: true,
  };
  it('shows participation, the agreeing owners and the verdict, grouped in thousands', () => {
    const card = voteResultCard(
      { title: '续聘物业' },
      { status: 'closed', resultStage: 'final' },
      { tally: tally as never },
      '锦绣花园',
    );
    expect(card?.heading).toBe('锦绣花园 · 业主共同决定');
    expect(card?.rows).toEqual([
      { label: '参与', value: '955 / 1,176 人' },
      { label: '同意', value: '837 人' },
      { label: '结果', value: '通过' },
    ]);
  });
  it('says a preliminary result is preliminary, and shows nothing before closing', () => {
    const failed = { ...tally, participationMet: false, approved: false };
    expect(
      voteResultCard({ title: 'x' }, { status: 'closed', resultStage: 'preliminary' }, { tally: failed as never }, null)
        ?.rows[2].value,
    ).toBe('未通过（参与不足）（初步）');
    expect(voteResultCard({ title: 'x' }, { status: 'open', resultStage: null }, { tally: null }, null)).toBeNull();
  });
});
