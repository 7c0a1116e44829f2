import { memo, useMemo } from 'react';
import { countCuesPastEnd } from '../core/past-end';
import { formatClock } from '../core/time';
import { useTandem } from '../state/store';
import { useT } from '../i18n/react';

/**
 * Quiet, lasting notes about lines the listener cannot have: lines the parser had to leave out
 * (and where), and lines stamped after the audio ends.
 */
export const TranscriptNotes = memo(function TranscriptNotes() {
  const skipped = useTandem((s) => s.transcript?.skipped);
  const cues = useTandem((s) => s.transcript?.cues);
  const duration = useTandem((s) => s.playback.duration);
  const file = useTandem((s) => s.episode?.transcript ?? '');
  const t = useT();
  const pastEnd = useMemo(() => (cues ? countCuesPastEnd(cues, duration) : 0), [cues, duration]);
  return (
    <>
      {skipped && (
        <p className="transcript-skipped" role="status">
          {t('notes.skipped', {
            count: skipped.count,
            file: file || t('notes.theTranscript'),
            shown: skipped.first.length,
            isCut: skipped.count > skipped.first.length ? 'yes' : 'no',
          })}{' '}
          {skipped.first
            .map((place) =>
              place.line === undefined
                ? place.detail
                : t('notes.skippedPlace', { line: place.line, detail: place.detail }),
            )
            .join(' ')}
        </p>
      )}
      {pastEnd > 0 && (
        <p className="transcript-skipped" role="status">
          {t('notes.pastEnd', { count: pastEnd, end: formatClock(duration) })}
        </p>
      )}
    </>
  );
});
