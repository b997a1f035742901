import { fireEvent, render, screen } from '@testing-library/react';
import type { ClaimView } from '@xiaoqu/shared';
import { approvalQuestion } from '../../lib/confirm-approval';
import { ClaimCard } from '.';

function claim(overrides: Partial<ClaimView> = {}): ClaimView {
  return {
    id: 9,
    status: 'pending',
    compound: { id: 10, level: 'compound', name: '锦绣花园' },
    unitId: 100,
    building: '3栋',
    entrance: '1单元',
    room: '502',
    areaCentiM2: 8950,
    claimant: { personId: 5, name: '张小梅', claimedOwnerName: '李秀英' },
    match: {
      ownerName: 'matched',
      phoneLast4: 'mismatched',
      deedLast6: 'not_on_roster',
      deedPhoto: 'attached',
      deedPhotoId: 77,
      approvable: true,
    },
    createdAt: '2026-11-26T02:00:00Z',
    decidedAt: null,
    revokedAt: null,
    reason: null,
    ...overrides,
  };
}

const handlers = () => ({
  onApprove: jest.fn(),
  onReject: jest.fn(),
  onRevoke: jest.fn(),
  onOpenPhoto: jest.fn(),
  loadHistory: jest.fn(async () => []),
});

describe('ClaimCard', () => {
  it('shows the roster match field by field, a mismatch said in words', () => {
    const h = handlers();
    render(<ClaimCard claim={claim()} busy={false} {...h} />);
    expect(screen.getByText('与花名册核对：1 项不一致')).toBeTruthy();
    expect(screen.getByText('✗ 不一致（请核实）')).toBeTruthy();
    expect(screen.getByText('✓ 一致')).toBeTruthy();
    expect(screen.getByText('– 花名册未登记')).toBeTruthy();
    fireEvent.click(screen.getByText('已附照片（点击查看）'));
    expect(h.onOpenPhoto).toHaveBeenCalledWith(77);
    fireEvent.click(screen.getByText('通过'));
    expect(h.onApprove).toHaveBeenCalled();
    expect(screen.queryByText('撤销认证')).toBeNull();
  });

  it('says why a pending claim cannot be approved yet', () => {
    const match = {
      ...claim().match!,
      deedLast6: 'not_given' as const,
      deedPhoto: 'none' as const,
      deedPhotoId: null,
      approvable: false,
    };
    render(<ClaimCard claim={claim({ match })} busy={false} {...handlers()} />);
    expect(screen.getByRole('alert').textContent).toContain('还不能通过');
    expect(screen.getByText('未附')).toBeTruthy();
  });

  it('offers revocation of an approved claim, and its record on request', async () => {
    const h = handlers();
    h.loadHistory.mockResolvedValue([
      {
        id: 1,
        claimId: 9,
        action: 'approve',
        decidedBy: { personId: 3, name: '杨社区' },
        role: 'community_admin',
        reason: null,
        at: '2026-11-27T02:00:00Z',
      },
    ] as never);
    render(<ClaimCard claim={claim({ status: 'approved', decidedAt: '2026-11-27T02:00:00Z' })} busy={false} {...h} />);
    expect(screen.queryByText('不通过')).toBeNull();
    fireEvent.click(screen.getByText('撤销认证'));
    expect(h.onRevoke).toHaveBeenCalled();
    fireEvent.click(screen.getByText('查看这套房屋的审核记录'));
    expect(await screen.findByText(/杨社区（社区管理员）通过申请 #9/)).toBeTruthy();
  });

  it('the confirm step names the unit and each result before approving', () => {
    const question = approvalQuestion(claim());
    expect(question.content).toContain('锦绣花园 3栋 1单元 502');
    expect(question.content).toContain('手机号后 4 位：不一致');
    expect(question.content).toContain('产权证照片：已附');
  });
});
