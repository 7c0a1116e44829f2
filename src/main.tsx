import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { embedOptions } from './core/embed-address';
import { chooseLanguage, matchLanguage } from './core/languages';
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

// Offline support (the app shell, kept episodes, updates) starts once the page has loaded, in a
// build (the development server has no service worker) and not inside another site's frame.
if (import.meta.env.PROD && !embed && 'serviceWorker' in navigator) {
  const start = (): void =>
    void import('./state/app-update').then(({ startServiceWorker }) => startServiceWorker());
  if (document.readyState === 'complete') start();
  else window.addEventListener('load', start, { once: true });
}
