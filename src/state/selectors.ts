import { useTandem } from './store';

/**
 * Whether cue `index` is the current one. A row re-renders only when this answer changes,
 * so a cue change re-renders two rows, not the list.
 */
export function useIsCurrentCue(index: number): boolean {
  return useTandem((s) => s.currentIndex === index);
}
