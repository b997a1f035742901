import { render, screen } from '@testing-library/react';
import { tallyFixture } from '../../lib/fixtures';
import { TallyView } from './index';

describe('TallyView', () => {
  it('shows the live turnout and each threshold as the server judged it', () => {
    render(<TallyView tally={tallyFixture()} />);
    expect(screen.getByText('目前参与情况')).toBeTruthy();
    expect(screen.getByText('3,179 / 5,726 人 · 55.5%')).toBeTruthy();
    expect(screen.getByText('300,123.45 m² / 523,456.78 m² · 57.3%')).toBeTruthy();
    expect(screen.getByText(/要求两项均达到三分之二以上，尚未达到/)).toBeTruthy();
    expect(screen.getByText(/要求两项均超过一半，已达到/)).toBeTruthy();
    expect(screen.queryByText(/表决通过|表决未通过/)).toBeNull();
  });

  it('shows the result of a closed vote on top', () => {
    render(
      <TallyView
        tally={tallyFixture({ status: 'closed', participationMet: true, approvalMet: true, approved: true })}
      />,
    );
    expect(screen.getByText('✓ 表决通过')).toBeTruthy();
    expect(screen.getByText('最终参与情况')).toBeTruthy();
  });
});
