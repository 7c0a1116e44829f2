import { useCallback, useSyncExternalStore } from 'react';

// One MediaQueryList per query: reading `.matches` on every render must not create new ones.
const lists = new Map<string, MediaQueryList | undefined>();
function listFor(query: string): MediaQueryList | undefined {
  if (!lists.has(query)) lists.set(query, window.matchMedia?.(query));
  return lists.get(query);
}

/** Whether a CSS media query matches now; re-renders when that changes. */
export function useMediaQuery(query: string): boolean {
  // The same subscription from render to render: a new one each time would unsubscribe and
  // subscribe again on every render (each frame of a scroll, in the transcript).
  const subscribe = useCallback(
    (onChange: () => void) => {
      const list = listFor(query);
      list?.addEventListener('change', onChange);
      return () => list?.removeEventListener('change', onChange);
    },
    [query],
  );
  return useSyncExternalStore(subscribe, () => listFor(query)?.matches ?? false);
}

/** True when the user asked the system for less motion: scroll instantly, animate nothing. */
export const usePrefersReducedMotion = (): boolean =>
  useMediaQuery('(prefers-reduced-motion: reduce)');

/** True when the system asks for a dark theme. */
export const usePrefersDark = (): boolean => useMediaQuery('(prefers-color-scheme: dark)');
