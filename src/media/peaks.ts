/**
 * Waveform peaks for audio that comes without them: from the cache, else computed in a worker
 * that streams the file (WAV, MP3), else by decoding the whole file where nothing else works.
 */
import type { Peaks } from '../core/episode';
import { messageOf, type WaveformProblem } from '../core/messages';
import { cachePeaks, readCachedPeaks } from './peaks-cache';
import { PeakAccumulator, peaksPerSecondFor } from './peaks-math';
import type { OffsetEstimate } from '../core/offset-estimate';
import type { PeaksMessage } from './peaks.worker';

/** Peaks could not be computed from the audio, and why. */
export class WaveformUnavailable extends Error {
  override readonly name = 'WaveformUnavailable';
  constructor(readonly problem: WaveformProblem) {
    super(problem.reason);
  }
}

export interface PeaksJob {
  result: Promise<Peaks>;
  cancel(): void;
}

/** The fallback for formats the worker cannot stream: one whole decode, at a low sample rate. */
async function decodeWhole(url: string): Promise<Peaks> {
  let bytes: ArrayBuffer;
  try {
    bytes = await (await fetch(url)).arrayBuffer();
  } catch {
    throw new WaveformUnavailable({ reason: 'unreadable' });
  }
  const audio = await new OfflineAudioContext(1, 1, 8000)
    .decodeAudioData(bytes)
    .catch((error: unknown) => {
      throw new WaveformUnavailable({ reason: 'broken', detail: messageOf(error) });
    });
  const peaks = new PeakAccumulator(peaksPerSecondFor(audio.duration), audio.duration);
  peaks.add(audio.getChannelData(0), 0, audio.sampleRate);
  return { duration: audio.duration, peaks: [peaks.result()] };
}

/**
 * Starts computing peaks for `url`; `onProgress` hears the fraction done (0–1). Rejects with
 * WaveformUnavailable saying why when the audio's bytes cannot be read or decoded.
 */
export function computePeaks(
  url: string,
  cacheKey: string,
  onProgress: (fraction: number) => void,
): PeaksJob {
  let worker: Worker | null = null;
  let isCancelled = false;
  const result = (async (): Promise<Peaks> => {
    const cached = await readCachedPeaks(cacheKey);
    if (cached) return cached;
    const computed = await new Promise<Peaks>((resolve, reject) => {
      if (isCancelled) return reject(new DOMException('cancelled', 'AbortError'));
      worker = new Worker(new URL('./peaks.worker.ts', import.meta.url), { type: 'module' });
      worker.onmessage = (event: MessageEvent<PeaksMessage>) => {
        const message = event.data;
        if (message.type === 'progress') {
          if (message.total > 0) onProgress(Math.min(1, message.loaded / message.total));
        } else if (message.type === 'done') {
          resolve({ duration: message.duration, peaks: [message.peaks] });
        } else if (message.type === 'unsupported') {
          decodeWhole(url).then(resolve, reject);
        } else if (message.type === 'error') {
          reject(new WaveformUnavailable(message.problem));
        }
      };
      worker.onerror = (event) =>
        reject(new WaveformUnavailable({ reason: 'broken', detail: event.message }));
      worker.postMessage({ url });
    });
    onProgress(1);
    void cachePeaks(cacheKey, computed);
    return computed;
  })();
  return {
    result: result.finally(() => (worker as Worker | null)?.terminate()),
    cancel() {
      isCancelled = true;
      (worker as Worker | null)?.terminate();
    },
  };
}

/** How much audio the offset suggestion reads, and how finely (frames a second). */
const ACTIVITY = { limitSeconds: 20 * 60, rate: 25, maxShift: 180 };

/**
 * Suggests a transcript offset from the audio's first minutes (decoded off the main thread):
 * resolves with the estimate, null when no shift stands out, or 'unreadable' when the audio's
 * bytes cannot be read or decoded here.
 */
/** The starts of the lines that begin before `limit`, without copying a long list whole. */
function startsBefore(cues: readonly { start: number }[], limit: number): Float64Array {
  const starts: number[] = [];
  for (const { start } of cues) if (start < limit) starts.push(start);
  return Float64Array.from(starts);
}

export function suggestOffsetFromAudio(
  url: string,
  cues: readonly { start: number }[],
): { result: Promise<OffsetEstimate | null | 'unreadable'>; cancel(): void } {
  if (typeof Worker === 'undefined') {
    return { result: Promise.resolve('unreadable'), cancel: () => undefined };
  }
  const worker = new Worker(new URL('./peaks.worker.ts', import.meta.url), { type: 'module' });
  const limit = ACTIVITY.limitSeconds + ACTIVITY.maxShift;
  const result = new Promise<OffsetEstimate | null | 'unreadable'>((resolve) => {
    worker.onmessage = (event: MessageEvent<PeaksMessage>) => {
      const message = event.data;
      if (message.type === 'suggestion') resolve(message.estimate);
      // A format the worker cannot stream, or audio it cannot read: nothing to suggest.
      else if (message.type !== 'progress') resolve('unreadable');
    };
    worker.onerror = () => resolve('unreadable');
    worker.postMessage({
      url,
      activity: {
        ...ACTIVITY,
        limitSeconds: limit,
        starts: startsBefore(cues, limit),
      },
    });
  }).finally(() => worker.terminate());
  return { result, cancel: () => worker.terminate() };
}
