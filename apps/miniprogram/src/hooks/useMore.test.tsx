import { act, renderHook } from '@testing-library/react';
import type { Page } from '@xiaoqu/shared';
import { useMore } from './useMore';

const page = (items: number[], nextCursor: string | null): Page<number> => ({ items, nextCursor });

describe('useMore', () => {
  it('appends each next page until there is no cursor', async () => {
    const fetchMore = jest.fn(async (cursor: string) => (cursor === 'a' ? page([3, 4], 'b') : page([5], null)));
    const { result } = renderHook(({ first }) => useMore(first, fetchMore), {
      initialProps: { first: page([1, 2], 'a') },
    });
    expect(result.current).toMatchObject({ items: [1, 2], hasMore: true });
    await act(() => result.current.loadMore());
    expect(result.current).toMatchObject({ items: [1, 2, 3, 4], hasMore: true });
    await act(() => result.current.loadMore());
    expect(result.current).toMatchObject({ items: [1, 2, 3, 4, 5], hasMore: false });
    await act(() => result.current.loadMore());
    expect(fetchMore.mock.calls.map(([c]) => c)).toEqual(['a', 'b']);
  });

  it('starts over when the first page changes (a reload, a new filter)', async () => {
    const fetchMore = jest.fn(async () => page([9], null));
    const { result, rerender } = renderHook(({ first }) => useMore(first, fetchMore), {
      initialProps: { first: page([1], 'a') },
    });
    await act(() => result.current.loadMore());
    expect(result.current.items).toEqual([1, 9]);
    rerender({ first: page([7], null) });
    expect(result.current).toMatchObject({ items: [7], hasMore: false });
  });
});
