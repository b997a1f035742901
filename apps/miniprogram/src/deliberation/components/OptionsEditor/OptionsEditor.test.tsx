import { fireEvent, render, screen } from '@testing-library/react';
import { OptionsEditor } from './index';

describe('OptionsEditor', () => {
  it('adds options up to nine and removes them down to two', () => {
    const onChange = jest.fn();
    const { rerender } = render(<OptionsEditor value={['甲', '乙']} onChange={onChange} />);
    expect(screen.queryByText('删除')).toBeNull();
    fireEvent.click(screen.getByText('添加选项（2 / 9）'));
    expect(onChange).toHaveBeenLastCalledWith(['甲', '乙', '']);
    rerender(<OptionsEditor value={['甲', '乙', '丙']} onChange={onChange} />);
    fireEvent.click(screen.getAllByText('删除')[1]!);
    expect(onChange).toHaveBeenLastCalledWith(['甲', '丙']);
    rerender(<OptionsEditor value={Array.from({ length: 9 }, (_, i) => `方案${i}`)} onChange={onChange} />);
    expect(screen.queryByText(/添加选项/)).toBeNull();
  });
});
