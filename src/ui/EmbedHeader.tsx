import type { SyntheticEvent } from 'react';
import { fullPageAddress } from '../core/embed';
import { useTandem } from '../state/store';
import { useT } from '../i18n/react';

/** The compact player's only header: the episode's title and a way out to the full page. */
export function EmbedHeader() {
  const title = useTandem((s) => s.episode?.title);
  const t = useT();
  // The link opens the full page at the moment playing when it is followed, not when drawn.
  const aimAtNow = (event: SyntheticEvent<HTMLAnchorElement>): void => {
    const time = useTandem.getState().player?.currentTime();
    event.currentTarget.href = fullPageAddress(window.location.href, time);
  };
  return (
    <header className="embed-header">
      <h1 className="embed-title" dir="auto">
        {title ?? 'Tandem'}
      </h1>
      <a
        className="embed-open"
        href={fullPageAddress(window.location.href)}
        target="_blank"
        rel="noopener"
        onPointerDown={aimAtNow}
        onFocus={aimAtNow}
        onClick={aimAtNow}
      >
        {t('tools.openInTandem')}
      </a>
    </header>
  );
}
