import { fireEvent, render, screen } from '@testing-library/react';
import { PageLoading } from './PageLoading';

describe('PageLoading', () => {
  it('shows grey lines while loading', () => {
    const { container } = render(
      <PageLoading state={{ status: 'loading', data: null, error: null }} failed="没能加载议题" onRetry={jest.fn()} />,
    );
    expect(container.querySelector('.xq-skeleton')).not.toBeNull();
    expect(screen.queryByText('没能加载议题')).toBeNull();
  });

  it('says what failed and why, and tries again on a tap', () => {
    const onRetry = jest.fn();
    render(
      <PageLoading
        state={{ status: 'error', data: null, error: new Error('网络不通') }}
        failed="没能加载议题"
        onRetry={onRetry}
      />,
    );
    expect(screen.getByText('没能加载议题')).toBeTruthy();
    fireEvent.click(screen.getByText('重新加载'));
    expect(onRetry).toHaveBeenCalledTimes(1);
  });
});
