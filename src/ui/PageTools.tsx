import { Suspense, useEffect, useState } from 'react';
import { ariaKeyShortcuts } from '../shortcuts';
import { useSettings } from '../state/settings';
import { useTandem } from '../state/store';
import { usePrefersDark } from './use-media-query';
import { IconButton } from './IconButton';
import { LanguageSelect } from './LanguageSelect';
import { lazyWithMessages } from './lazy-with-messages';
import { useT } from '../i18n/react';

// The embed code is for the few who share on their own site: it loads when first asked for.
const EmbedDialog = lazyWithMessages(() => import('./EmbedDialog').then((m) => m.EmbedDialog));

/** Open, copy link, embed, light/dark theme, keyboard help. */
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

  useEffect(() => {
    const root = document.documentElement;
    if (theme === 'system') delete root.dataset.theme;
    else root.dataset.theme = theme;
  }, [theme]);

  return (
    <div className="page-tools" role="group" aria-label={t('tools.group')}>
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
      <IconButton
        icon="embed"
        label={t('tools.embed')}
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
    </div>
  );
}
