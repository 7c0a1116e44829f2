import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { embedOptions } from './core/embed-address';
import { chooseLanguage, matchLanguage } from './core/languages';
import { READY_MARK } from './core/ready-mark';
import { activateLanguage } from './i18n/i18n';
import { sourceFromSearch } from './state/episode-source';
import { startLoading } from './state/load-episode';
import { useSettings } from './state/settings';
import { App } from './ui/App';
import './styles.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
const { search } = window.location;
const { source } = sourceFromSearch(search);
const embed = embedOptions(search);
// The episode and the transcript's readers download while the page renders for the first time.
startLoading(source);

// The language: asked for in the address (and then remembered), chosen before, or the browser's.
const asked = matchLanguage(new URLSearchParams(search).get('lang'));
if (asked) useSettings.getState().setLanguage(asked);
const language = chooseLanguage({
  chosen: useSettings.getState().language,
  preferred: navigator.languages,
});

// A language other than English loads its messages first: the page never flashes in English.
// Should they not load (offline, say), the page is shown in English rather than not at all.
void activateLanguage(language)
  .catch(() => activateLanguage('en'))
  .finally(() => {
    // What is wrong with the address, said in the page's language.
    const { errors } = sourceFromSearch(search);
    createRoot(root).render(
      <StrictMode>
        <App initialSource={source} initialErrors={errors} embed={embed} />
      </StrictMode>,
    );
  });

/**
 * Runs `work` once the page is up (its first lines and waveform shown, or after ten seconds
 * whatever happened) and then idle: what it downloads never competes with the episode's own.
 */
function afterStartup(work: () => void): void {
  let isDone = false;
  const observer = new PerformanceObserver((list) => {
    if (list.getEntriesByName(READY_MARK).length > 0) go();
  });
  const timer = window.setTimeout(go, 10_000);
  function go(): void {
    if (isDone) return;
    isDone = true;
    observer.disconnect();
    window.clearTimeout(timer);
    if (typeof requestIdleCallback === 'function') requestIdleCallback(work, { timeout: 5000 });
    else window.setTimeout(work, 0);
  }
  observer.observe({ type: 'mark' });
  if (performance.getEntriesByName(READY_MARK).length > 0) go();
}

// Offline support (the app shell, kept episodes, updates) starts after startup, in a build (the
// development server has no service worker) and not inside another site's frame.
if (import.meta.env.PROD && !embed && 'serviceWorker' in navigator) {
  afterStartup(
    () => void import('./state/app-update').then(({ startServiceWorker }) => startServiceWorker()),
  );
}
