import { embedOptions } from './core/embed-address';
import { chooseLanguage, matchLanguage } from './core/languages';
import { READY_MARK } from './core/ready-mark';
import { messageOf } from './core/messages';
import { activateLanguage, t } from './i18n/i18n';
import { sourceFromSearch } from './state/episode-source';
import { startLoading } from './state/load-episode';
import { useSettings } from './state/settings';
import { showFirstScreen } from './ui/first-screen';
import './styles.css';

// This module is the page's first script, and it is small: it starts the episode's downloads and
// draws the first screen while the app's code (React and the components) downloads and runs.
const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
const { search } = window.location;
const { source } = sourceFromSearch(search);
const embed = embedOptions(search);

// The language: asked for in the address (and then remembered), chosen before, or the browser's.
const asked = matchLanguage(new URLSearchParams(search).get('lang'));
if (asked) useSettings.getState().setLanguage(asked);
const language = chooseLanguage({
  chosen: useSettings.getState().language,
  preferred: navigator.languages,
});
// A language other than English loads its messages first: the page never flashes in English.
// Should they not load (offline, say), the page is shown in English rather than not at all.
const languageReady = activateLanguage(language).catch(() => activateLanguage('en'));

// The episode and the transcript's readers download now; the load writes to the store once the
// language is in, so that what goes wrong is said in it.
const loaded = startLoading(source, languageReady);

// The title and the first lines are drawn as soon as they are read, before the app's code runs
// (not in another site's frame, whose page is laid out differently). An episode from this site
// is read in a moment: the app waits for its first screen (up to a limit), rather than run and
// delay it. One from elsewhere may take seconds: the app shows the page meanwhile.
const FIRST_SCREEN_WAIT_MS = 1500;
const firstScreen = embed ? null : showFirstScreen(root, languageReady);
const beforeApp =
  firstScreen && source.kind === 'folder'
    ? Promise.race([
        firstScreen.settled,
        loaded.catch(() => undefined),
        new Promise((resolve) => window.setTimeout(resolve, FIRST_SCREEN_WAIT_MS)),
      ])
    : undefined;

void Promise.all([beforeApp, languageReady.catch(() => undefined)])
  .then(() => import('./ui/mount'))
  .then(
    ({ mount }) => {
      firstScreen?.stop();
      // What is wrong with the address, said in the page's language.
      const { errors } = sourceFromSearch(search);
      mount(root, { initialSource: source, initialErrors: errors, embed });
    },
    (error: unknown) => {
      // The app's code could not be fetched (the network went, or a new version replaced it):
      // the first screen, if drawn, stays as it is, and the page says so rather than nothing.
      firstScreen?.stop();
      const alert = document.createElement('p');
      alert.className = 'app-not-loaded';
      alert.setAttribute('role', 'alert');
      alert.textContent = t('error.app.notLoaded', { detail: messageOf(error) });
      document.body.prepend(alert);
    },
  );

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
