import { useEffect, useState } from 'react';
import { formatBytes, formatDate } from '../i18n/format';
import { useLanguage, useT } from '../i18n/react';
import { useOffline } from '../state/offline-store';
import { Modal } from './Modal';

/** Whether the browser says it is online; follows its online and offline events. */
function useIsOnline(): boolean {
  const [isOnline, setOnline] = useState(() => navigator.onLine);
  useEffect(() => {
    const update = (): void => setOnline(navigator.onLine);
    window.addEventListener('online', update);
    window.addEventListener('offline', update);
    return () => {
      window.removeEventListener('online', update);
      window.removeEventListener('offline', update);
    };
  }, []);
  return isOnline;
}

/**
 * "Offline episodes": the kept episodes with their sizes (each opens, or has its copy removed),
 * what they use of this device's space, and whether the browser promised to keep them.
 */
export function OfflineDialog({ onClose }: { onClose: () => void }) {
  const records = useOffline((s) => s.records);
  const estimate = useOffline((s) => s.estimate);
  const isPersisted = useOffline((s) => s.isPersisted);
  const refresh = useOffline((s) => s.refresh);
  const remove = useOffline((s) => s.remove);
  const isOnline = useIsOnline();
  const language = useLanguage();
  const t = useT();
  const size = (bytes: number): string => formatBytes(bytes, language);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  const used = records?.reduce((sum, record) => sum + record.bytes, 0) ?? 0;
  const free =
    estimate?.quota === undefined ? null : Math.max(0, estimate.quota - (estimate.usage ?? 0));

  return (
    <Modal isOpen onClose={onClose} title={t('offline.list')} className="offline-dialog">
      {!isOnline && <p className="dialog-note">{t('offline.youAreOffline')}</p>}
      {records === null ? (
        <p role="status">{t('offline.reading')}</p>
      ) : records.length === 0 ? (
        <p>{t('offline.none')}</p>
      ) : (
        <ul className="offline-list" aria-label={t('offline.list')}>
          {records.map((record) => (
            <li key={record.id}>
              <a href={record.address} dir="auto">
                {record.title}
              </a>
              <span className="offline-meta">
                <span dir="auto">{record.show}</span> ·{' '}
                {t('offline.sizeAndDate', {
                  size: size(record.bytes),
                  date: formatDate(record.keptAt, language),
                })}
              </span>
              <button
                type="button"
                className="link-button"
                aria-label={t('offline.removeNamed', { title: record.title })}
                onClick={() => void remove(record)}
              >
                {t('offline.remove')}
              </button>
            </li>
          ))}
        </ul>
      )}
      {records !== null && (
        <p className="dialog-note">
          {free === null
            ? t('offline.usesOnly', { used: size(used) })
            : t('offline.uses', { used: size(used), free: size(free) })}{' '}
          {isPersisted ? t('offline.persisted') : t('offline.notPersisted')}
        </p>
      )}
      <button type="button" className="dialog-close" onClick={onClose}>
        {t('common.close')}
      </button>
    </Modal>
  );
}
