import { render, screen } from '@testing-library/react';
import { tallyFixture } from '../../lib/fixtures';
import { TallyView } from './index';

describe('TallyView', () => {
  it('shows a closed count and each threshold as the server judged it', () => {
    render(<TallyView tally={tallyFixture({ status: 'closed' })} preliminary={false} />);
    expect(screen.getByText('截止时的票数')).toBeTruthy();
    expect(screen.getByText('3,179 / 5,726 人 · 55.5%')).toBeTruthy();
    expect(screen.getByText('300,123.45 m² / 523,456.78 m² · 57.3%')).toBeTruthy();
    expect(screen.getByText(/要求两项均达到三分之二以上，未达到/)).toBeTruthy();
    expect(screen.getByText(/要求两项均超过一半，已达到/)).toBeTruthy();
    expect(screen.getByText('✗ 表决未通过')).toBeTruthy();
  });

  it('says a result in its objection period is preliminary', () => {
    render(
      <TallyView
        tally={tallyFixture({ status: 'closed', participationMet: true, approvalMet: true, approved: true })}
        preliminary
      />,
    );
    expect(screen.getByText('✓ 表决通过（初步结果）')).toBeTruthy();
  });
});
