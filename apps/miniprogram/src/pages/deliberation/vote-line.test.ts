import { voteLine } from './vote-line';

const vote = {
  openedAt: '2026-12-11T01:00:00.000Z',
  closesAt: '2026-12-20T15:59:59.000Z',
  closedAt: null,
  resultStage: null,
  objectionEndsAt: null,
  finalAt: null,
  channel: 'here' as const,
};

describe('voteLine', () => {
  it('gives each stage of a vote held here, with its channel', () => {
    expect(voteLine({ ...vote, status: 'announced' })).toBe('表决公告 · 12月11日开始 · 本平台表决');
    expect(voteLine({ ...vote, status: 'open' })).toBe('表决中 · 12月20日截止 · 本平台表决');
    expect(
      voteLine({
        ...vote,
        status: 'closed',
        closedAt: '2026-12-20T15:59:59Z',
        resultStage: 'preliminary',
        objectionEndsAt: '2026-12-27T15:59:59Z',
      }),
    ).toBe('结果询异公示中（至12月27日） · 本平台表决');
    expect(voteLine({ ...vote, status: 'terminated' })).toBe('表决已中止 · 本平台表决');
  });

  it('names the official system for an imported result', () => {
    expect(voteLine({ ...vote, status: 'closed', channel: 'official', closedAt: '2026-12-15T02:00:00Z' })).toBe(
      '表决已结束 · 2026年12月15日 · 四川省业主电子投票系统表决（结果导入）',
    );
  });

  it('is nothing without a vote', () => {
    expect(voteLine(null)).toBeNull();
  });
});
