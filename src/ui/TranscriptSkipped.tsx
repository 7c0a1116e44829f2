import { describeSkipped } from '../core/formats/skip-log';
import { useTandem } from '../state/store';

/** A quiet, lasting note of the lines a transcript's parser had to leave out, and where. */
export function TranscriptSkipped() {
  const skipped = useTandem((s) => s.transcript?.skipped);
  const file = useTandem((s) => s.episode?.transcript ?? '');
  if (!skipped) return null;
  return (
    <p className="transcript-skipped" role="status">
      {describeSkipped(file, skipped)}
    </p>
  );
}
