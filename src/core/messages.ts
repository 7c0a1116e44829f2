/**
 * What went wrong, as data: the kinds of failure the page describes (in state/describe.ts, in the
 * page's language), and the text of anything thrown.
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

/** Why a file could not be downloaded. */
export type DownloadProblem =
  /** The request failed; on another site, `relay` says whether our server's relay was there. */
  | { reason: 'network'; isCrossSite: boolean; relay?: 'absent' | 'failed' }
  /** The device is offline, and the file is not kept for offline. */
  | { reason: 'offline' }
  | { reason: 'status'; status: string }
  /** Our server's relay would not fetch it, and why (its own words). */
  | { reason: 'relay-refused'; detail: string }
  | { reason: 'broke-off'; detail: string };
