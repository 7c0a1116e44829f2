import { useEffect, useState } from 'react';
import { useTandem } from '../state/store';

const megabytes = (bytes: number): string => (bytes / 2 ** 20).toFixed(1);

/** A read that ends sooner than this shows no progress: it would only flash and move the list. */
const SHOW_AFTER_MS = 400;

/**
 * "Reading the transcript…" while a long transcript downloads and is read. The status is
 * announced once; the bar (not a live region) carries the progress, so screen readers are not
 * flooded.
 */
export function TranscriptLoading() {
  const load = useTandem((s) => s.transcriptLoad);
  const isLoading = load !== null;
  const [isSlow, setSlow] = useState(false);
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
      <p role="status">Reading the transcript…</p>
      <progress
        aria-label="Transcript read"
        max={total > 0 ? total : undefined}
        value={total > 0 ? loaded : undefined}
      />
      <span aria-hidden="true">
        {total > 0 ? `${megabytes(loaded)} of ${megabytes(total)} MB` : `${megabytes(loaded)} MB`}
      </span>
    </div>
  );
}
