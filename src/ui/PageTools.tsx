import { useEffect } from 'react';
import { ariaKeyShortcuts } from '../shortcuts';
import { useSettings } from '../state/settings';
import { useTandem } from '../state/store';
import { usePrefersDark } from './use-media-query';
import { Icon } from './Icon';

/** Copy link, light/dark theme, keyboard help. */
export function PageTools() {
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
      <button
        type="button"
        className="icon-button"
        onClick={() => setOpenDialogOpen(true)}
        aria-haspopup="dialog"
      >
        <Icon name="open" />
        <span className="label">Open episode</span>
      </button>
      <button
        type="button"
        className="icon-button"
        onClick={() => void copyLinkToNow()}
        aria-keyshortcuts={ariaKeyShortcuts('copyLink')}
      >
        <Icon name="link" />
        <span className="label">Copy link to current time</span>
      </button>
      <button
        type="button"
        className="icon-button toggle"
        aria-pressed={isDark}
        // Choosing what the system already says goes back to following the system.
        onClick={() => setTheme(isDark === prefersDark ? (isDark ? 'light' : 'dark') : 'system')}
      >
        <Icon name="theme" />
        <span className="label">Dark theme</span>
      </button>
      <button
        type="button"
        className="icon-button"
        onClick={() => setHelpOpen(true)}
        aria-keyshortcuts="?"
        aria-haspopup="dialog"
      >
        <Icon name="keyboard" />
        <span className="label">Keyboard shortcuts</span>
      </button>
    </div>
  );
}
