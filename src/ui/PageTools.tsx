import { lazy, Suspense, useEffect, useState } from 'react';
import { ariaKeyShortcuts } from '../shortcuts';
import { useSettings } from '../state/settings';
import { useTandem } from '../state/store';
import { usePrefersDark } from './use-media-query';
import { IconButton } from './IconButton';

// The embed code is for the few who share on their own site: it loads when first asked for.
const EmbedDialog = lazy(() => import('./EmbedDialog').then((m) => ({ default: m.EmbedDialog })));

/** Open, copy link, embed, light/dark theme, keyboard help. */
export function PageTools() {
  const [isEmbedOpen, setEmbedOpen] = useState(false);
  const copyLinkToNow = useTandem((s) => s.copyLinkToNow);
  const setHelpOpen = useTandem((s) => s.setHelpOpen);
  const setOpenDialogOpen = useTandem((s) => s.setOpenDialogOpen);
  const theme = useSettings((s) => s.theme);
  const setTheme = useSettings((s) => s.setTheme);
  const prefersDark = usePrefersDark();
  const isDark = theme === 'dark' || (theme === 'system' && prefersDark);

  useEffect(() => {
    const root = document.documentElement;
    if (theme === 'system') delete root.dataset.theme;
    else root.dataset.theme = theme;
  }, [theme]);

  return (
    <div className="page-tools" role="group" aria-label="Page tools">
      <IconButton
        icon="open"
        label="Open episode"
        onClick={() => setOpenDialogOpen(true)}
        aria-haspopup="dialog"
      />
      <IconButton
        icon="link"
        label="Copy link to current time"
        onClick={() => void copyLinkToNow()}
        aria-keyshortcuts={ariaKeyShortcuts('copyLink')}
      />
      <IconButton
        icon="embed"
        label="Embed"
        onClick={() => setEmbedOpen(true)}
        aria-haspopup="dialog"
      />
      {isEmbedOpen && (
        <Suspense fallback={null}>
          <EmbedDialog onClose={() => setEmbedOpen(false)} />
        </Suspense>
      )}
      <IconButton
        icon="theme"
        label="Dark theme"
        className="toggle"
        aria-pressed={isDark}
        // Choosing what the system already says goes back to following the system.
        onClick={() => setTheme(isDark === prefersDark ? (isDark ? 'light' : 'dark') : 'system')}
      />
      <IconButton
        icon="keyboard"
        label="Keyboard shortcuts"
        onClick={() => setHelpOpen(true)}
        aria-keyshortcuts="?"
        aria-haspopup="dialog"
      />
    </div>
  );
}
