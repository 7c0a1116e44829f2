import { Suspense, useEffect, useId, useState } from 'react';
import { ariaKeyShortcuts } from '../shortcuts';
import { useSettings } from '../state/settings';
import { useTandem } from '../state/store';
import { usePrefersDark } from './use-media-query';
import { IconButton } from './IconButton';
import { LanguageSelect } from './LanguageSelect';
import { lazyWithMessages } from './lazy-with-messages';
import { useT } from '../i18n/react';

// Keeping episodes for offline: its controls load once the page has settled (see useIsIdle).
const OfflineTools = lazyWithMessages(() => import('./OfflineTools').then((m) => m.OfflineTools));

/** False until the page has had its first quiet moment (or two seconds have passed). */
function useIsIdle(): boolean {
  const [isIdle, setIdle] = useState(false);
  useEffect(() => {
    const done = (): void => setIdle(true);
    if (typeof requestIdleCallback === 'function') {
      const handle = requestIdleCallback(done, { timeout: 2000 });
      return () => cancelIdleCallback(handle);
    }
    const timer = window.setTimeout(done, 500);
    return () => window.clearTimeout(timer);
  }, []);
  return isIdle;
}

// The embed code is for the few who share on their own site: it loads when first asked for.
const EmbedDialog = lazyWithMessages(() => import('./EmbedDialog').then((m) => m.EmbedDialog));

/** Open, copy link, embed, light/dark theme, keyboard help, language, offline. */
export function PageTools() {
  const [isEmbedOpen, setEmbedOpen] = useState(false);
  const t = useT();
  const copyLinkToNow = useTandem((s) => s.copyLinkToNow);
  const setHelpOpen = useTandem((s) => s.setHelpOpen);
  const setOpenDialogOpen = useTandem((s) => s.setOpenDialogOpen);
  const theme = useSettings((s) => s.theme);
  const setTheme = useSettings((s) => s.setTheme);
  const prefersDark = usePrefersDark();
  const isDark = theme === 'dark' || (theme === 'system' && prefersDark);
  const isIdle = useIsIdle();
  // On a phone the tools used less often fold away behind "More tools".
  const [isMoreOpen, setMoreOpen] = useState(false);
  const moreId = useId();
  // Its place is kept while it loads, so nothing beside it moves when it arrives.
  const offlinePlace = <span className="offline-tools-place" aria-hidden="true" />;
  // Sharing's code loads on the first share; once the page is idle it is fetched ahead of it.
  useEffect(() => {
    if (isIdle) void import('../state/share');
  }, [isIdle]);

  useEffect(() => {
    const root = document.documentElement;
    if (theme === 'system') delete root.dataset.theme;
    else root.dataset.theme = theme;
  }, [theme]);

  return (
    <div
      className={isMoreOpen ? 'page-tools is-more-open' : 'page-tools'}
      role="group"
      aria-label={t('tools.group')}
    >
      <IconButton
        icon="open"
        label={t('tools.open')}
        onClick={() => setOpenDialogOpen(true)}
        aria-haspopup="dialog"
      />
      <IconButton
        icon="link"
        label={t('tools.copyLink')}
        onClick={() => void copyLinkToNow()}
        aria-keyshortcuts={ariaKeyShortcuts('copyLink')}
      />
      {isIdle ? (
        <Suspense fallback={offlinePlace}>
          <OfflineTools />
        </Suspense>
      ) : (
        offlinePlace
      )}
      <IconButton
        icon="more"
        label={t('tools.more')}
        className="more-tools"
        aria-expanded={isMoreOpen}
        aria-controls={moreId}
        onClick={() => setMoreOpen(!isMoreOpen)}
      />
      <span id={moreId} className="secondary-tools">
        <IconButton
          icon="embed"
          label={t('tools.embed')}
          onClick={() => setEmbedOpen(true)}
          aria-haspopup="dialog"
        />
        <IconButton
          icon="theme"
          label={t('tools.darkTheme')}
          className="toggle"
          aria-pressed={isDark}
          // Choosing what the system already says goes back to following the system.
          onClick={() => setTheme(isDark === prefersDark ? (isDark ? 'light' : 'dark') : 'system')}
        />
        <IconButton
          icon="keyboard"
          label={t('tools.shortcuts')}
          onClick={() => setHelpOpen(true)}
          aria-keyshortcuts="?"
          aria-haspopup="dialog"
        />
        <LanguageSelect />
      </span>
      {isEmbedOpen && (
        <Suspense fallback={null}>
          <EmbedDialog onClose={() => setEmbedOpen(false)} />
        </Suspense>
      )}
    </div>
  );
}
