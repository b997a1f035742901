import { useEffect, useRef, useState } from 'react';
import type { Page } from '@xiaoqu/shared';

/**
 * The rows of a keyset-paged list: the first page as the page loaded it, then the pages `fetchMore` brings for
 * each `nextCursor`. A new first page (a reload, a new filter) starts over.
 */
export function useMore<T>(
  first: Page<T> | null,
  fetchMore: (cursor: string) => Promise<Page<T>>,
): { items: T[]; hasMore: boolean; loading: boolean; loadMore: () => Promise<void> } {
  const [more, setMore] = useState<{ items: T[]; cursor: string | null }>({ items: [], cursor: null });
  const [loading, setLoading] = useState(false);
  const fetchRef = useRef(fetchMore);
  fetchRef.current = fetchMore;
  useEffect(() => {
    setMore({ items: [], cursor: first?.nextCursor ?? null });
  }, [first]);

  const loadMore = async () => {
    if (!more.cursor || loading) return;
    setLoading(true);
    try {
      const page = await fetchRef.current(more.cursor);
      setMore((m) => ({ items: [...m.items, ...page.items], cursor: page.nextCursor }));
    } finally {
      setLoading(false);
    }
  };
  return { items: [...(first?.items ?? []), ...more.items], hasMore: more.cursor !== null, loading, loadMore };
}
