import { memo, useEffect, useState } from 'react';
import { useTandem } from '../state/store';
import { useLanguage, useT } from '../i18n/react';

const megabytes = (bytes: number, language: string): string =>
  new Intl.NumberFormat(language, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(
    bytes / 2 ** 20,
  );

/** A read that ends sooner than this shows no progress: it would only flash and move the list. */
const SHOW_AFTER_MS = 400;

/**
 * "Reading the transcript…" while a long transcript downloads and is read. The status is
 * announced once; the bar (not a live region) carries the progress, so screen readers are not
 * flooded.
 */
export const TranscriptLoading = memo(function TranscriptLoading() {
  const load = useTandem((s) => s.transcriptLoad);
  const isLoading = load !== null;
  const [isSlow, setSlow] = useState(false);
  const t = useT();
  const language = useLanguage();
  useEffect(() => {
    if (!isLoading) return undefined;
    const timer = window.setTimeout(() => setSlow(true), SHOW_AFTER_MS);
    return () => {
      window.clearTimeout(timer);
      setSlow(false);
    };
  }, [isLoading]);
  if (!load || !isSlow) return null;
  const { loaded, total } = load;
  return (
    <div className="transcript-loading">
      <p role="status">{t('loading.transcript')}</p>
      <progress
        aria-label={t('loading.progress')}
        max={total > 0 ? total : undefined}
        value={total > 0 ? loaded : undefined}
      />
      <span aria-hidden="true">
        {total > 0
          ? t('loading.megabytesOf', {
              loaded: megabytes(loaded, language),
              total: megabytes(total, language),
            })
          : t('loading.megabytes', { loaded: megabytes(loaded, language) })}
      </span>
    </div>
  );
});
