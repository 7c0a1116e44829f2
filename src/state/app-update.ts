/**
 * Starts the service worker (src/sw/sw.ts), which keeps the app shell for offline use and serves
 * the episodes kept for offline. Loaded after the page's first render, in a production build.
 *
 * A new version of the app installs in the background and waits: the page says "A new version of
 * Tandem is ready — Reload to update", and only the listener's reload switches to it (the position
 * is saved as the page unloads, and resumed after).
 */
import { registerSW } from 'virtual:pwa-register';
import { useTandem } from './store';

export function startServiceWorker(): void {
  const update = registerSW({
    immediate: true,
    onNeedRefresh: () => useTandem.getState().setUpdate(() => void update(true)),
  });
}
