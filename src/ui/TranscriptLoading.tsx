import { useTandem } from '../state/store';

const megabytes = (bytes: number): string => (bytes / 2 ** 20).toFixed(1);

/** "Reading the transcript… 42%" while a transcript downloads and is read. */
export function TranscriptLoading() {
  const load = useTandem((s) => s.transcriptLoad);
  if (!load) return null;
  const { loaded, total } = load;
  return (
    <p className="transcript-loading" role="status">
      Reading the transcript…{' '}
      {total > 0
        ? `${Math.floor((100 * loaded) / total)}% (${megabytes(loaded)} of ${megabytes(total)} MB)`
        : `${megabytes(loaded)} MB`}
    </p>
  );
}
