import { voteFixture } from './fixtures';
import { shareTitle } from './share';

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
