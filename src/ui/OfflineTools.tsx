import { Suspense, useEffect, useState, type CSSProperties } from 'react';
import { fullPageAddress } from '../core/embed';
import { canKeep } from '../core/offline';
import { useOffline } from '../state/offline-store';
import { useTandem } from '../state/store';
import { IconButton } from './IconButton';
import { lazyWithMessages } from './lazy-with-messages';
import { useT } from '../i18n/react';

const OfflineDialog = lazyWithMessages(() =>
  import('./OfflineDialog').then((m) => m.OfflineDialog),
);

/** The page address that opens the episode on screen again: path and query, no time. */
function currentAddress(): string {
  const url = new URL(fullPageAddress(window.location.href));
  return url.pathname + url.search;
}

/**
 * "Keep for offline" for the open episode (then "Remove offline copy"; while copying, "Stop
 * keeping for offline" with its progress), and "Offline episodes", the list of kept ones.
 */
export function OfflineTools() {
  const episode = useTandem((s) => s.episode);
  const files = useTandem((s) => s.episodeFiles);
  const records = useOffline((s) => s.records);
  const keeping = useOffline((s) => s.keeping);
  const refresh = useOffline((s) => s.refresh);
  const keep = useOffline((s) => s.keep);
  const stopKeeping = useOffline((s) => s.stopKeeping);
  const remove = useOffline((s) => s.remove);
  const [isListOpen, setListOpen] = useState(false);
  const t = useT();

  useEffect(() => {
    void refresh();
  }, [refresh]);

  const record = episode ? records?.find((r) => r.id === episode.id) : undefined;
  const isKeepingThis = keeping !== null && keeping.id === episode?.id;
  const { stored = 0, total = null } = keeping?.progress ?? {};
  const percent = total ? Math.min(100, Math.floor((stored / total) * 100)) : null;

  let action = null;
  if (isKeepingThis) {
    action = (
      <IconButton
        icon="keep"
        className="keeping"
        label={
          percent === null ? t('offline.stop') : t('offline.stopAt', { percent: String(percent) })
        }
        onClick={stopKeeping}
        style={{ '--kept': `${percent ?? 0}%` } as CSSProperties}
      />
    );
  } else if (record) {
    action = (
      <IconButton
        icon="kept"
        className="is-kept"
        label={t('offline.remove')}
        onClick={() => void remove(record)}
      />
    );
  } else if (episode && canKeep(files)) {
    action = (
      <IconButton
        icon="keep"
        label={t('offline.keep')}
        // Another episode's copy is being made: one at a time.
        disabled={keeping !== null || records === null}
        onClick={() =>
          void keep({
            id: episode.id,
            title: episode.title,
            show: episode.show,
            address: currentAddress(),
            files,
          })
        }
      />
    );
  }

  return (
    <span className="offline-tools">
      <IconButton
        icon="library"
        className="offline-list-button"
        label={t('offline.list')}
        onClick={() => setListOpen(true)}
        aria-haspopup="dialog"
      />
      {action}
      {isListOpen && (
        <Suspense fallback={null}>
          <OfflineDialog onClose={() => setListOpen(false)} />
        </Suspense>
      )}
    </span>
  );
}
