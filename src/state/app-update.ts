/**
 * Starts the service worker (src/sw/sw.ts), which keeps the app shell for offline use and serves
 * the episodes kept for offline. Loaded after the page's first render, in a production build.
 *
 * A new version of the app installs in the background and waits: the page says "A new version of
 * Tandem is ready — Reload to update", and only the listener's click switches to it and reloads
 * (the position is saved as the page unloads, and resumed after). Should another tab switch
 * first, this one is not reloaded under the listener: its offer then simply reloads.
 */
import { registerSW } from 'virtual:pwa-register';
import { useTandem } from './store';

export function startServiceWorker(): void {
  const { setUpdate } = useTandem.getState();
  const reload = (): void => window.location.reload();
  let isApplying = false;
  const update = registerSW({
    immediate: true,
    onNeedRefresh: () =>
      setUpdate(() => {
        isApplying = true;
        // Reloads once the new version serves the page (whether or not this page started under
        // a worker, which decides whether the registration reports it as an update).
        navigator.serviceWorker.addEventListener('controllerchange', reload, { once: true });
        void update(true);
      }),
    // The new version has taken over: reload now if this page asked for it, else when asked.
    onNeedReload: () => (isApplying ? reload() : setUpdate(reload)),
  });
}
