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

/** Why a file could not be downloaded. */
export type DownloadProblem =
  /** The request failed; on another site, `relay` says whether our server's relay was there. */
  | { reason: 'network'; isCrossSite: boolean; relay?: 'absent' | 'failed' }
  | { reason: 'status'; status: string }
  /** Our server's relay would not fetch it, and why (its own words). */
  | { reason: 'relay-refused'; detail: string }
  | { reason: 'broke-off'; detail: string };

/** "Could not download ep.vtt: the server answered 404 Not Found." */
export function describeDownloadFailure(file: string, problem: DownloadProblem): string {
  switch (problem.reason) {
    case 'network':
      if (problem.isCrossSite && problem.relay === 'absent') {
        return `Could not download ${file}: the address is wrong, or its server does not let other sites read it (CORS). This page is served as plain files, so it cannot fetch it another way: open Tandem from its own server (npm run serve), whose relay reads such files, or ask the host to allow other sites.`;
      }
      if (problem.isCrossSite && problem.relay === 'failed') {
        return `Could not download ${file}: neither directly (its server does not let other sites read it) nor through Tandem's relay (the connection failed).`;
      }
      return `Could not download ${file}: the network request failed${
        problem.isCrossSite
          ? ' (is the address right, and does its server allow other sites to read it? That is CORS)'
          : ''
      }.`;
    case 'relay-refused':
      return `Could not download ${file}: its server does not let other sites read it, and Tandem's relay refused it: ${problem.detail}`;
    case 'status':
      return `Could not download ${file}: the server answered ${problem.status}.`;
    case 'broke-off':
      return `Could not download ${file}: the download broke off (${problem.detail}).`;
  }
}

/** "Could not read the transcript ep.vtt (WebVTT): line 3, column 1: …" */
export function describeUnreadableTranscript(
  file: string,
  error: { format: string; line: number; column: number; detail: string },
): string {
  return `Could not read the transcript ${file} (${error.format}): line ${error.line}, column ${error.column}: ${error.detail}`;
}
