import { useEffect } from 'react';
import { formatClock } from '../core/time';
import { useTandem } from '../state/store';
import { useT } from '../i18n/react';

const NOTICE_MS = 5000;
const RESUME_NOTICE_MS = 15000;

/**
 * Passing messages ("Link copied"), the "Resumed at … — Start over" offer, and "A new version of
 * Tandem is ready — Reload to update", which stays until the listener reloads.
 */
export function Notices() {
  const notice = useTandem((s) => s.notice);
  const dismissNotice = useTandem((s) => s.dismissNotice);
  const resumedAt = useTandem((s) => s.resumedAt);
  const setResumedAt = useTandem((s) => s.setResumedAt);
  const seek = useTandem((s) => s.seek);
  const applyUpdate = useTandem((s) => s.applyUpdate);
  const t = useT();

  useEffect(() => {
    if (!notice) return undefined;
    const timer = window.setTimeout(() => dismissNotice(notice.id), NOTICE_MS);
    return () => window.clearTimeout(timer);
  }, [notice, dismissNotice]);

  useEffect(() => {
    if (resumedAt === null) return undefined;
    const timer = window.setTimeout(() => setResumedAt(null), RESUME_NOTICE_MS);
    return () => window.clearTimeout(timer);
  }, [resumedAt, setResumedAt]);

  return (
    <div className="notices" role="status" aria-live="polite">
      {resumedAt !== null && (
        <p className="notice resume-notice">
          {t('notice.resumedAt', { time: formatClock(resumedAt) })} —{' '}
          <button
            type="button"
            className="link-button"
            onClick={() => {
              seek(0);
              setResumedAt(null);
            }}
          >
            {t('notice.startOver')}
          </button>
          <button
            type="button"
            className="link-button"
            aria-label={t('common.dismiss')}
            onClick={() => setResumedAt(null)}
          >
            ×
          </button>
        </p>
      )}
      {notice && <p className="notice">{notice.text}</p>}
      {applyUpdate && (
        <p className="notice">
          {t('notice.updateReady')}{' '}
          <button type="button" className="link-button" onClick={applyUpdate}>
            {t('notice.reloadToUpdate')}
          </button>
        </p>
      )}
    </div>
  );
}
