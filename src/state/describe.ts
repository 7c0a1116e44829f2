/**
 * The words for what went wrong, in one place: every message the page shows about a failure is
 * built here, from what happened, so the same failure always reads the same way, in the page's
 * language (the details a file's parser gives, which line and what it expected, stay in English).
 */
import type { DownloadProblem, WaveformProblem } from '../core/messages';
import { t } from '../i18n/i18n';

/** Why there is no waveform, as the end of "No waveform for ep.mp3: …". */
function whyNoWaveform(problem: WaveformProblem, isCrossSite: boolean): string {
  switch (problem.reason) {
    case 'unreadable':
      return isCrossSite ? t('error.waveform.noCors') : t('error.waveform.unreadable');
    case 'status':
      return t('error.waveform.status', { status: problem.status });
    case 'slow':
      return t('error.waveform.slow', { seconds: problem.waitedSeconds });
    case 'broken':
      return t('error.waveform.broken', { detail: problem.detail });
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
  return t(where.hasTranscript ? 'error.waveform.fromTranscript' : 'error.waveform.stillPlays', {
    file: file || t('error.thisAudio'),
    why: whyNoWaveform(problem, where.isCrossSite),
  });
}

/** "Could not download ep.vtt: the server answered 404 Not Found." */
export function describeDownloadFailure(file: string, problem: DownloadProblem): string {
  switch (problem.reason) {
    case 'network':
      if (problem.isCrossSite && problem.relay === 'absent') {
        return t('error.download.noRelay', { file });
      }
      if (problem.isCrossSite && problem.relay === 'failed') {
        return t('error.download.relayFailed', { file });
      }
      return t(problem.isCrossSite ? 'error.download.networkCrossSite' : 'error.download.network', {
        file,
      });
    case 'offline':
      return t('error.download.offline', { file });
    case 'relay-refused':
      return t('error.download.relayRefused', { file, detail: problem.detail });
    case 'status':
      return t('error.download.status', { file, status: problem.status });
    case 'broke-off':
      return t('error.download.brokeOff', { file, detail: problem.detail });
  }
}

/** "Could not read the transcript ep.vtt (WebVTT): line 3, column 1: …" */
export function describeUnreadableTranscript(
  file: string,
  error: { format: string; line: number; column: number; detail: string },
): string {
  return t('error.transcript.unreadable', { file, ...error });
}
