import { render, screen } from '@testing-library/react';
import type { ComplaintView } from '@xiaoqu/shared';
import { ComplaintCard, whereText } from './index';

const NOW = Date.parse('2026-11-26T07:00:00Z');

function complaint(overrides: Partial<ComplaintView>): ComplaintView {
  return {
    id: 1,
    compoundId: 10,
    compoundName: '锦绣花园',
    buildingId: 3,
    buildingName: '3栋',
    placeText: '2单元楼道',
    category: 'facilities',
    text: '楼道的灯坏了一周',
    photoIds: [],
    visible: false,
    status: 'submitted',
    level: 'ordinary',
    route: 'micro_grid',
    routeReason: '所在楼栋属于3栋微网格，由该微网格员处置',
    gridId: 5,
    due: { kind: 'accept', at: '2026-11-26T08:30:00Z', overdue: false },
    createdAt: '2026-11-26T06:30:00Z',
    mine: true,
    rating: null,
    ratingComment: '',
    actions: [],
    callBack: false,
    meToo: { count: 0, mine: false },
    ...overrides,
  };
}

describe('ComplaintCard', () => {
  it('shows what, where, status, level and the deadline in words', () => {
    render(<ComplaintCard complaint={complaint({})} now={NOW} />);
    expect(screen.getByText('设施报修')).toBeTruthy();
    expect(screen.getByText('待受理')).toBeTruthy();
    expect(screen.getByText('一般（网格处置）')).toBeTruthy();
    expect(screen.getByText('受理期限 剩余1小时30分')).toBeTruthy();
    expect(screen.getByText('锦绣花园 · 3栋 · 2单元楼道 · 2026年11月26日')).toBeTruthy();
  });

  it('marks an overdue item in words, not by colour alone', () => {
    render(
      <ComplaintCard
        complaint={complaint({
          status: 'accepted',
          due: { kind: 'resolve', at: '2026-11-25T07:00:00Z', overdue: true },
        })}
        now={NOW}
      />,
    );
    expect(screen.getByText('⚠ 已超期 · 办结期限 已超时1天')).toBeTruthy();
  });

  it('shows no deadline once resolved, and the rating once given', () => {
    render(<ComplaintCard complaint={complaint({ status: 'closed', due: null, rating: 4 })} now={NOW} />);
    expect(screen.queryByText(/期限/)).toBeNull();
    expect(screen.getByText('· 评价 4 星', { exact: false })).toBeTruthy();
  });

  it('writes where without empty parts', () => {
    expect(whereText({ buildingName: null, placeText: '东门车库' })).toBe('东门车库');
    expect(whereText({ buildingName: '3栋', placeText: ' ' })).toBe('3栋');
  });

  it('counts 我也遇到 without naming anyone, and says nothing when nobody did', () => {
    const { rerender } = render(
      <ComplaintCard complaint={complaint({ visible: true, meToo: { count: 3, mine: false } })} now={NOW} />,
    );
    expect(screen.getByText(/3 位居民也遇到/)).toBeTruthy();
    rerender(<ComplaintCard complaint={complaint({ visible: true })} now={NOW} />);
    expect(screen.queryByText(/也遇到/)).toBeNull();
  });
});
