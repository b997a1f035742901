import { announcedLabel, monthDayCn, voteLine } from './vote-line';

const vote = {
  openedAt: '2026-12-11T01:00:00.000Z',
  closesAt: '2026-12-20T15:59:59.000Z',
  closedAt: null,
  channel: 'here' as const,
};

describe('voteLine', () => {
  it('gives an announced vote by the day it opens, in China time', () => {
    expect(voteLine({ ...vote, status: 'announced' })).toBe('表决公告 · 12月11日开始 · 本平台表决');
    // 23:30 UTC is the next morning in China.
    expect(announcedLabel({ openedAt: '2026-12-31T23:30:00Z' })).toBe('表决公告 · 1月1日开始');
    expect(monthDayCn('2026-12-10T16:00:00Z')).toBe('12月11日');
  });

  it('gives an open vote by its closing day and a closed one by the day it closed', () => {
    expect(voteLine({ ...vote, status: 'open' })).toBe('业主表决中 · 2026年12月20日截止 · 本平台表决');
    expect(voteLine({ ...vote, status: 'closed', closedAt: '2026-12-15T02:00:00Z' })).toBe(
      '业主表决已结束 · 2026年12月15日 · 本平台表决',
    );
    expect(voteLine({ ...vote, status: 'closed', channel: 'official' })).toContain('四川省业主电子投票系统');
  });

  it('is nothing without a vote', () => {
    expect(voteLine(null)).toBeNull();
  });
});
