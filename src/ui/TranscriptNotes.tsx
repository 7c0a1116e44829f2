import { useMemo } from 'react';
import { describeSkipped } from '../core/formats/skip-log';
import { countCuesPastEnd } from '../core/past-end';
import { formatClock } from '../core/time';
import { useTandem } from '../state/store';

/**
 * Quiet, lasting notes about lines the listener cannot have: lines the parser had to leave out
 * (and where), and lines stamped after the audio ends.
 */
export function TranscriptNotes() {
  const skipped = useTandem((s) => s.transcript?.skipped);
  const cues = useTandem((s) => s.transcript?.cues);
  const duration = useTandem((s) => s.playback.duration);
  const file = useTandem((s) => s.episode?.transcript ?? '');
  const pastEnd = useMemo(() => (cues ? countCuesPastEnd(cues, duration) : 0), [cues, duration]);
  return (
    <>
      {skipped && (
        <p className="transcript-skipped" role="status">
          {describeSkipped(file, skipped)}
        </p>
      )}
      {pastEnd > 0 && (
        <p className="transcript-skipped" role="status">
          {pastEnd === 1
            ? '1 line of the transcript starts'
            : `${pastEnd} lines of the transcript start`}{' '}
          after the audio ends at {formatClock(duration)}: they can be read, not played. Is this the
          right transcript for this audio?
        </p>
      )}
    </>
  );
}
