import { complaintStage, countdownText, deadlineText, openTarget, waitedText } from './home-text';

const NOW = Date.parse('2026-11-26T08:00:00Z');
const later = (ms: number) => new Date(NOW + ms).toISOString();

describe('home texts', () => {
  it('counts down in days and hours, hours and minutes, or minutes', () => {
    expect(countdownText(later(3 * 86_400_000 + 4 * 3_600_000 + 60_000), NOW)).toBe('还有 3 天 4 小时');
    expect(countdownText(later(2 * 3_600_000 + 5 * 60_000), NOW)).toBe('还有 2 小时 5 分');
    expect(countdownText(later(12 * 60_000 + 5_000), NOW)).toBe('还有 12 分钟');
    expect(countdownText(later(-1), NOW)).toBe('已到时间');
  });

  it('says how long a question has waited and when a deadline falls', () => {
    expect(waitedText(later(-3 * 86_400_000 - 1), NOW)).toBe('等了 3 天');
    expect(waitedText(later(-5 * 3_600_000), NOW)).toBe('等了 5 小时');
    expect(deadlineText(later(-1000), 'accept', NOW)).toBe('受理已超期');
    expect(deadlineText(later(2 * 3_600_000), 'resolve', NOW)).toBe('距 2 小时 0 分办结期限');
  });

  it('names a complaint by its category, status and level, never by codes', () => {
    expect(
      complaintStage({
        id: 1,
        category: 'noise',
        status: 'accepted',
        level: 'ordinary',
        route: 'micro_grid',
        createdAt: later(0),
      }),
    ).toBe('噪音扰民 · 已受理 · 一般（网格处置）');
  });

  it("opens a complaint notice on the complaint's page, tab pages by switchTab, others by navigateTo", () => {
    expect(openTarget('pages/complaint/index?id=7')).toEqual({
      kind: 'page',
      url: '/complaint/pages/detail/index?id=7',
    });
    expect(openTarget('pages/deliberation/index')).toEqual({ kind: 'tab', url: '/pages/deliberation/index' });
    expect(openTarget('deliberation/pages/proposal/index?id=3')).toEqual({
      kind: 'page',
      url: '/deliberation/pages/proposal/index?id=3',
    });
  });
});
