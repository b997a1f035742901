import { render, screen } from '@testing-library/react';
import { TerminatedVote } from './index';

describe('TerminatedVote', () => {
  it('gives the reason, the role and the time, and no figure', () => {
    const { container } = render(
      <TerminatedVote
        vote={{
          termination: {
            at: '2026-12-12T06:30:00Z',
            byRole: 'committee_member',
            reason: '表决事项表述有误，需重新公告',
          },
        }}
      />,
    );
    expect(screen.getByText('表决事项表述有误，需重新公告')).toBeTruthy();
    expect(screen.getByText('业委会成员 · 2026年12月12日 14:30')).toBeTruthy();
    expect(container.textContent).not.toMatch(/\d+ \/ \d+|人 ·|m²/);
  });
});
