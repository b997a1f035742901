import type { ComplaintDetailView, MeResponse, RoleGrantView } from '@xiaoqu/shared';
import {
  actionProblem,
  complaintShareCard,
  meTooText,
  publicListQuery,
  offersReopen,
  urgedAtThisLevel,
  complaintAccess,
  dueText,
  eventTitle,
  formatDateTimeCn,
  inboxQuery,
  monthOf,
  monthsBefore,
  overdueCount,
  periodEnd,
  periodLabel,
  trendHeights,
} from './complaint-view';

const NOW = Date.parse('2026-11-26T07:00:00Z');

describe('deadlines and times in words', () => {
  it('says which deadline applies and how long is left or overdue', () => {
    expect(dueText({ kind: 'accept', at: '2026-11-26T08:58:00Z', overdue: false }, NOW)).toBe('受理期限 剩余1小时58分');
    expect(dueText({ kind: 'resolve', at: '2026-11-24T07:00:00Z', overdue: true }, NOW)).toBe('办结期限 已超时2天');
    expect(dueText(null, NOW)).toBeNull();
  });

  it('writes times in China time', () => {
    expect(formatDateTimeCn('2026-11-26T07:04:00Z')).toBe('2026年11月26日 15:04');
    expect(formatDateTimeCn('2026-12-31T16:30:00Z')).toBe('2027年1月1日 00:30');
  });
});

describe('timeline events', () => {
  it('names the action and the change of status', () => {
    expect(eventTitle({ kind: 'accept', fromStatus: 'submitted', toStatus: 'accepted' })).toBe(
      '受理（待受理 → 已受理）',
    );
    expect(eventTitle({ kind: 'filed', fromStatus: null, toStatus: 'submitted' })).toBe('提交诉求');
    expect(eventTitle({ kind: 'escalate', fromStatus: 'accepted', toStatus: 'accepted' })).toBe('升级');
    expect(eventTitle({ kind: 'routed', fromStatus: null, toStatus: null })).toBe('分派');
    expect(eventTitle({ kind: 'auto_close', fromStatus: 'resolved', toStatus: 'closed' })).toBe(
      '超时自动关闭（已办结待确认 → 已关闭）',
    );
  });
});

describe('inbox filters', () => {
  it('sends only what is chosen', () => {
    expect(inboxQuery({})).toEqual({ status: undefined, category: undefined, overdue: undefined });
    expect(inboxQuery({ status: 'open', category: 'noise', overdueOnly: true })).toEqual({
      status: 'open',
      category: 'noise',
      overdue: '1',
    });
    expect(inboxQuery({ overdueOnly: false }).overdue).toBeUndefined();
  });

  it('counts overdue items', () => {
    const at = '2026-11-26T00:00:00Z';
    expect(
      overdueCount([
        { due: { kind: 'accept', at, overdue: true } },
        { due: null },
        { due: { kind: 'resolve', at, overdue: false } },
      ]),
    ).toBe(1);
  });
});

describe('actions', () => {
  it('asks for a rating to confirm and a reason to reopen or escalate', () => {
    expect(actionProblem('confirm', { note: '', rating: null })).toBe('请选择 1 到 5 星的评分');
    expect(actionProblem('confirm', { note: '', rating: 5 })).toBeNull();
    expect(actionProblem('reopen', { note: '  ', rating: null })).toBe('请写明为什么没有解决');
    expect(actionProblem('escalate', { note: '', rating: null })).toBe('请写明升级的原因');
    expect(actionProblem('resolve', { note: '', rating: null }, 'noise')).toMatch(/写明处理情况/);
    expect(actionProblem('resolve', { note: '已上门调解', rating: null }, 'noise')).toBeNull();
    expect(actionProblem('resolve', { note: '已更换灯泡', rating: null, photos: [] }, 'facilities')).toMatch(/照片/);
    expect(actionProblem('resolve', { note: '已更换灯泡', rating: null, photos: [{}] }, 'facilities')).toBeNull();
  });
});

const grant = (role: RoleGrantView['role']): RoleGrantView =>
  ({
    role,
    place: { id: 1, level: 'street', name: '玉林街道' },
    placePath: [],
    grid: null,
  }) as unknown as RoleGrantView;

describe('who sees which complaint pages', () => {
  it('opens the inbox to grid workers and property staff, the ranking to street and district admins', () => {
    const access = (...roles: RoleGrantView['role'][]) => complaintAccess({ roles: roles.map(grant) } as MeResponse);
    expect(access('resident')).toEqual({ handler: false, admin: [], ranker: [] });
    expect(access('grid_worker').handler).toBe(true);
    expect(access('property_staff').handler).toBe(true);
    expect(access('community_admin').admin).toHaveLength(1);
    expect(access('community_admin').ranker).toHaveLength(0);
    expect(access('street_admin').ranker).toHaveLength(1);
    expect(access('district_admin').ranker).toHaveLength(1);
  });
});

describe('periods and trend bars', () => {
  it('counts months in China time', () => {
    expect(monthOf(Date.parse('2026-11-30T16:30:00Z'))).toBe('2026-12');
    expect(monthsBefore('2026-01', 1)).toBe('2025-12');
    expect(monthsBefore('2026-11', 5)).toBe('2026-06');
    expect(monthsBefore('2026-12', -1)).toBe('2027-01');
    expect(periodLabel('2026-03')).toBe('2026年3月');
    expect(periodEnd('2026-02')).toBe('2026-02-28');
    expect(periodEnd('2028-02')).toBe('2028-02-29');
  });

  it('draws bars relative to the largest month, keeping small counts visible', () => {
    expect(trendHeights([0, 0, 0])).toEqual([0, 0, 0]);
    expect(trendHeights([1, 2, 4])).toEqual([25, 50, 100]);
    expect(trendHeights([1, 0, 100])).toEqual([4, 0, 100]);
  });
});

describe('urging and low ratings', () => {
  const event = (kind: string, level: string, at: string) =>
    ({ kind, level, at }) as unknown as ComplaintDetailView['events'][number];
  it('finds the urge at the current level only', () => {
    const events = [
      event('urged', 'ordinary', '2026-11-01T00:00:00Z'),
      event('escalate', 'difficult', '2026-11-02T00:00:00Z'),
    ];
    expect(urgedAtThisLevel({ level: 'ordinary', events })).toBe('2026-11-01T00:00:00Z');
    expect(urgedAtThisLevel({ level: 'difficult', events })).toBeNull();
  });
  it('offers 退回重办 for 1–2 stars only', () => {
    expect([null, 1, 2, 3, 5].map(offersReopen)).toEqual([false, true, true, false, false]);
  });
});

describe('the public list, 我也遇到 and the share card', () => {
  it('sends only known filters and trimmed words', () => {
    expect(publicListQuery({})).toEqual({ category: undefined, status: undefined, q: undefined });
    expect(publicListQuery({ category: 'parking', status: 'open', q: '  停车  ' })).toEqual({
      category: 'parking',
      status: 'open',
      q: '停车',
    });
    expect(publicListQuery({ category: 'aliens' as never, status: 'lost' as never, q: '   ' })).toEqual({
      category: undefined,
      status: undefined,
      q: undefined,
    });
  });

  it('counts residents without naming them', () => {
    expect(meTooText(0)).toBe('');
    expect(meTooText(12)).toBe('12 位居民也遇到');
  });

  it('shares a public complaint as its page, and a private one as nothing of itself', () => {
    const base = {
      id: 9,
      category: 'property_service' as const,
      status: 'accepted' as const,
      compoundName: '锦绣花园',
      meToo: { count: 2, mine: false },
    };
    expect(complaintShareCard({ ...base, visible: true }, 9)).toEqual({
      title: '锦绣花园：投诉物业服务（已受理），2 位居民也遇到',
      path: '/complaint/pages/detail/index?id=9',
    });
    expect(complaintShareCard({ ...base, visible: false }, 9)).toEqual({
      title: '小区诉求',
      path: '/pages/complaint/index',
    });
    expect(complaintShareCard(null, 9).path).toBe('/pages/complaint/index');
  });
});
