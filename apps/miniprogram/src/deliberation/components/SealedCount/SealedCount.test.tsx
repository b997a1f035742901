import { render, screen } from '@testing-library/react';
import type { VoteTurnoutView } from '@xiaoqu/shared';
import { SealedCount } from './index';

const turnout: VoteTurnoutView = {
  voteId: 1,
  total: { areaCentiM2: 52_345_678, headcount: 5726 },
  participated: { areaCentiM2: 30_012_345, headcount: 3179 },
  buildings: [],
};

describe('SealedCount', () => {
  it('shows who took part and that the count is sealed until the closing time', () => {
    render(<SealedCount turnout={turnout} live />);
    expect(screen.getByText('3,179 / 5,726 人 · 55.5%')).toBeTruthy();
    expect(screen.getByText('300,123.45 m² / 523,456.78 m² · 57.3%')).toBeTruthy();
    expect(screen.getByText(/表决结束前不公布票数，截止后自动公布初步结果/)).toBeTruthy();
  });

  it('renders no agreed, disagreed or abstained figure and no verdict while open', () => {
    const { container } = render(<SealedCount turnout={turnout} live />);
    const text = container.textContent ?? '';
    for (const word of ['同意：', '不同意：', '弃权', '✓', '✗', '已达到', '未达到', '通过'])
      expect(text).not.toContain(word);
    expect(container.querySelector('.xq-chart')).toBeNull();
  });
});
