import { fireEvent, render, screen } from '@testing-library/react';
import { BallotButtons } from './index';

// NutUI's Button renders a Taro button element; its class says whether it is disabled.
const isDisabled = (text: string) =>
  (screen.getByText(text).closest('.nut-button')?.className ?? '').includes('nut-button-disabled');

describe('BallotButtons', () => {
  it('offers agree, disagree and abstain while the vote is open', () => {
    const onChoose = jest.fn();
    render(<BallotButtons closed={false} busy={false} onChoose={onChoose} />);
    fireEvent.click(screen.getByText('不同意'));
    expect(onChoose).toHaveBeenCalledWith('disagree');
    expect(isDisabled('同意')).toBe(false);
  });

  it('disables every button once the vote is closed', () => {
    const onChoose = jest.fn();
    render(<BallotButtons closed busy={false} onChoose={onChoose} />);
    for (const text of ['同意', '不同意', '弃权']) {
      expect(isDisabled(text)).toBe(true);
      fireEvent.click(screen.getByText(text));
    }
    expect(onChoose).not.toHaveBeenCalled();
  });
});
