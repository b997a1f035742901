import { useCallback, useRef, useState } from 'react';

export type AsyncState<T> =
  | { status: 'loading'; data: T | null; error: null }
  | { status: 'ok'; data: T; error: null }
  | { status: 'error'; data: T | null; error: unknown };

/**
 * Loads data for a page; `reload` keeps the previous data on screen while it refreshes and ignores answers that
 * arrive after a newer reload started.
 */
export function useAsync<T>(load: () => Promise<T>): [AsyncState<T>, () => Promise<void>] {
  const [state, setState] = useState<AsyncState<T>>({ status: 'loading', data: null, error: null });
  const loadRef = useRef(load);
  loadRef.current = load;
  const generation = useRef(0);

  const reload = useCallback(async () => {
    const mine = ++generation.current;
    setState((s) => ({ status: 'loading', data: s.data, error: null }));
    try {
      const data = await loadRef.current();
      if (mine === generation.current) setState({ status: 'ok', data, error: null });
    } catch (error) {
      if (mine === generation.current) setState((s) => ({ status: 'error', data: s.data, error }));
    }
  }, []);

  return [state, reload];
}
