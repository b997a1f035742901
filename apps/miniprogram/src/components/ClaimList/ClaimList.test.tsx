import { render, screen } from '@testing-library/react';
import type { ClaimView } from '@xiaoqu/shared';
import { ClaimList } from './index';

function claim(overrides: Partial<ClaimView>): ClaimView {
  return {
    id: 1,
    status: 'pending',
    compound: { id: 10, level: 'compound', name: '锦绣花园' },
    unitId: 100,
    building: '3栋',
    entrance: '1单元',
    room: '502',
    areaCentiM2: 8950,
    claimant: null,
    match: null,
    createdAt: '2026-11-26T02:00:00Z',
    decidedAt: null,
    revokedAt: null,
    reason: null,
    ...overrides,
  };
}

describe('ClaimList', () => {
  it('shows each claim with its status in words', () => {
    render(
      <ClaimList
        claims={[
          claim({ id: 1 }),
          claim({ id: 2, room: '601', status: 'approved', decidedAt: '2026-11-27T02:00:00Z' }),
          claim({ id: 3, room: '702', status: 'rejected', decidedAt: '2026-11-28T02:00:00Z', reason: '房屋已过户' }),
        ]}
      />,
    );
    expect(screen.getByText('审核中')).toBeTruthy();
    expect(screen.getByText('已通过')).toBeTruthy();
    expect(screen.getByText('未通过')).toBeTruthy();
    expect(screen.getByText('锦绣花园 3栋 1单元 502')).toBeTruthy();
    expect(screen.getByText('89.5 m² · 2026年11月26日提交，等待社区核对')).toBeTruthy();
    expect(screen.getByText('原因：房屋已过户')).toBeTruthy();
  });

  it('says when a refusal came without a reason', () => {
    render(<ClaimList claims={[claim({ status: 'rejected', decidedAt: '2026-11-28T02:00:00Z', reason: null })]} />);
    expect(screen.getByText('原因：未说明，请联系社区')).toBeTruthy();
  });

  it('says an approval was revoked, when and why', () => {
    render(
      <ClaimList
        claims={[
          claim({
            status: 'revoked',
            decidedAt: '2026-11-27T02:00:00Z',
            revokedAt: '2026-11-29T02:00:00Z',
            reason: '产权人否认委托',
          }),
        ]}
      />,
    );
    expect(screen.getByText('已撤销')).toBeTruthy();
    expect(screen.getByText(/2026年11月29日社区撤销了认证/)).toBeTruthy();
    expect(screen.getByText('原因：产权人否认委托')).toBeTruthy();
  });
});
