import { render, screen } from '@testing-library/react';
import { line } from '../../../../test/disclosure-fixtures';
import { LineSheet } from './index';

const sheet = (l: ReturnType<typeof line>) =>
  render(<LineSheet line={l} questions={[]} canAsk={false} onAsk={() => Promise.resolve(true)} />);

describe('LineSheet flags', () => {
  it('shows why each reviewer flagged the line, naming who', () => {
    sheet(
      line({
        category: 'repairs',
        amountFen: 1_234_500,
        flagged: true,
        flags: [
          { role: 'committee_member', reason: '未见比价记录', flaggedAt: '2026-12-02T02:00:00Z' },
          { role: 'supervisor', reason: '金额高于合同单价', flaggedAt: '2026-12-03T02:00:00Z' },
        ],
      }),
    );
    expect(screen.getByText('⚑ 业委会标记：未见比价记录（2026年12月2日）')).toBeTruthy();
    expect(screen.getByText('⚑ 监察人标记：金额高于合同单价（2026年12月3日）')).toBeTruthy();
    expect(screen.queryByText(/请关注答复/)).toBeNull();
  });

  it('shows no flag on an unflagged line', () => {
    sheet(line({ category: 'wages', amountFen: 100 }));
    expect(screen.queryByText(/标记/)).toBeNull();
  });
});
