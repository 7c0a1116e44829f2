import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import type { EpisodeSource } from '../state/episode-source';
import { App } from './App';

/**
 * Renders the app into `root`. Whatever the page drew there first (its first screen) is replaced
 * in the same frame as the app's first render appears.
 */
export function mount(
  root: HTMLElement,
  props: {
    initialSource: EpisodeSource;
    initialErrors: string[];
    embed: { origin?: string } | undefined;
  },
): void {
  createRoot(root).render(
    <StrictMode>
      <App {...props} />
    </StrictMode>,
  );
}
