/**
 * The words for what went wrong, in one place: every message the page shows about a failure is
 * built here, from what happened, so the same failure always reads the same way.
 */

/** The text of anything thrown. */
export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Why a waveform could not be drawn from the audio itself. */
export type WaveformProblem =
  /** The request failed outright: no CORS on another site, or no connection. */
  | { reason: 'unreadable' }
  | { reason: 'status'; status: string }
  /** No answer began within the wait (a server that serves one request at a time). */
  | { reason: 'slow'; waitedSeconds: number }
  /** The bytes arrived but could not be turned into a waveform. */
  | { reason: 'broken'; detail: string };

/** Why there is no waveform, as the end of "No waveform for ep.mp3: …". */
function whyNoWaveform(problem: WaveformProblem, isCrossSite: boolean): string {
  switch (problem.reason) {
    case 'unreadable':
      return isCrossSite
        ? 'its server lets other sites play the file but not read it'
        : 'the file could not be read (the connection failed)';
    case 'status':
      return `its server answered ${problem.status}`;
    case 'slow':
      return `its server did not start sending it within ${problem.waitedSeconds} seconds (it may serve one request at a time)`;
    case 'broken':
      return `it could not be read as audio (${problem.detail})`;
  }
}

/**
 * "No waveform for ep.mp3: its server lets other sites play the file but not read it. The seek
 * bar is drawn from the transcript instead." Plain words: why, and what the listener gets.
 */
export function describeNoWaveform(
  file: string,
  problem: WaveformProblem,
  where: { isCrossSite: boolean; hasTranscript: boolean },
): string {
  const instead = where.hasTranscript
    ? 'The seek bar is drawn from the transcript instead.'
    : 'Playback still works.';
  return `No waveform for ${file || 'this audio'}: ${whyNoWaveform(problem, where.isCrossSite)}. ${instead}`;
}
