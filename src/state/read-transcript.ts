/**
 * Reads a transcript as it downloads. In a browser a file on the web is downloaded and parsed in
 * a Web Worker, so a 100,000-line file never freezes the page and its bytes never wait for the
 * page's thread; the first lines are shown before the rest is read. Bytes the page already has
 * (a local file, a preloaded one) go to the worker too when there are many, and a small file (an
 * ordinary episode) is read here, as is any file where there are no workers.
 */
import { afterPaint } from './after-paint';
import { loadReferenceDecoder, mayHoldReferences } from '../core/formats/html-references';
import { TranscriptParseError } from '../core/formats/parse-error';
import { describeDownloadFailure } from './describe';
import { bytesOf, DownloadProblemError } from './fetch-file';
import type { ReadResult } from '../core/formats/reader';
import { unpackTranscript } from '../core/packed';
import type { SearchIndex } from '../core/search';
import type { Transcript } from '../core/transcript';
import type { FromTranscriptWorker, ToTranscriptWorker } from './transcript.worker';

export interface ReadOptions {
  /** File size in bytes, 0 when unknown. */
  total: number;
  onProgress(loaded: number, total: number): void;
  /** The first complete lines of a long file, before the rest is read. */
  onPreview(transcript: Transcript): void;
  /** Stops reading: the promise rejects with an AbortError. */
  signal?: AbortSignal;
  /** Names the file in messages about a broken download. */
  label: string;
}

/** Each chunk from `stream`, with the download's own failure turned into a message. */
async function* chunksOf(
  stream: ReadableStream<Uint8Array>,
  { total, onProgress, signal, label }: ReadOptions,
): AsyncGenerator<Uint8Array> {
  let loaded = 0;
  signal?.throwIfAborted();
  try {
    for await (const chunk of bytesOf(stream)) {
      signal?.throwIfAborted();
      loaded += chunk.length;
      onProgress(loaded, total);
      yield chunk;
    }
  } catch (error) {
    if (!(error instanceof DownloadProblemError)) throw error;
    throw new Error(describeDownloadFailure(label, error.problem), { cause: error });
  }
}

function rebuildError(message: Extract<FromTranscriptWorker, { type: 'parse-error' }>): Error {
  const { code, format, line, column, detail } = message.error;
  return new TranscriptParseError(code, format, line, column, detail);
}

const createWorker = (): Worker =>
  new Worker(new URL('./transcript.worker.ts', import.meta.url), { type: 'module' });

// A worker started before the transcript's download answers, so its code loads meanwhile.
let spare: Worker | null = null;

/** Starts the next transcript worker early; the next parse takes it. */
export function startTranscriptWorker(): void {
  if (canReadInWorker() && !spare) spare = createWorker();
}

type Parsed = { transcript: Transcript; searchIndex: SearchIndex };

/**
 * Reads with a worker: `feed` gives it the bytes (or the address to download them from). The
 * worker is let go when the reading ends, whichever way.
 */
async function readInWorker(
  options: ReadOptions,
  feed: (
    send: (message: ToTranscriptWorker, transfer?: Transferable[]) => void,
    hasFailed: () => boolean,
  ) => Promise<void>,
): Promise<Parsed> {
  const worker = spare ?? createWorker();
  spare = null;
  const send = (message: ToTranscriptWorker, transfer: Transferable[] = []): void =>
    worker.postMessage(message, transfer);
  try {
    const result = new Promise<Parsed>((resolve, reject) => {
      worker.onmessage = (event: MessageEvent<FromTranscriptWorker>) => {
        const message = event.data;
        if (message.type === 'preview') options.onPreview(unpackTranscript(message.packed));
        else if (message.type === 'progress') options.onProgress(message.loaded, message.total);
        else if (message.type === 'done') {
          resolve({
            transcript: unpackTranscript(message.packed),
            searchIndex: message.searchIndex,
          });
        } else if (message.type === 'parse-error') reject(rebuildError(message));
        else if (message.type === 'download-failed') {
          reject(new Error(describeDownloadFailure(options.label, message.problem)));
        } else reject(new Error(message.message));
      };
      worker.onerror = (event) => reject(new Error(event.message || 'the reader stopped'));
      options.signal?.addEventListener('abort', () => reject(options.signal?.reason), {
        once: true,
      });
    });
    // A failure reported while bytes are still being sent ends the sending (and the download).
    let hasFailed = false;
    result.catch(() => (hasFailed = true));
    await feed(send, () => hasFailed);
    return await result;
  } finally {
    worker.terminate();
  }
}

/** Sends the stream's bytes to a worker as they come. */
function parseInWorker(stream: ReadableStream<Uint8Array>, options: ReadOptions): Promise<Parsed> {
  return readInWorker(options, async (send, hasFailed) => {
    for await (const chunk of chunksOf(stream, options)) {
      if (hasFailed()) break;
      // Hand the bytes over rather than copy them; a view into a larger buffer is copied first.
      const own =
        chunk.byteOffset === 0 && chunk.byteLength === chunk.buffer.byteLength
          ? chunk
          : chunk.slice();
      send({ type: 'chunk', bytes: own }, [own.buffer]);
    }
    send({ type: 'end' });
  });
}

/** Whether a worker can download and read a transcript itself (see readTranscriptAt). */
export const canReadInWorker = (): boolean => typeof Worker === 'function';

/**
 * Downloads and reads the transcript at `url` in a worker: its bytes never wait for this page's
 * thread, busy as it is while the page starts (on a phone, every hop through it was tens of ms).
 * A failed download rejects with the same message a download here gives.
 */
export function readTranscriptAt(
  url: string,
  options: Omit<ReadOptions, 'total'> & { relay: string | undefined },
): Promise<Parsed> {
  return readInWorker({ ...options, total: 0 }, async (send) =>
    send({ type: 'download', url, relay: options.relay }),
  );
}

async function parseHere(
  stream: ReadableStream<Uint8Array>,
  options: ReadOptions,
): Promise<ReadResult> {
  const { createTranscriptReader } = await import('../core/formats/reader');
  const reader = createTranscriptReader();
  for await (const chunk of chunksOf(stream, options)) {
    if (mayHoldReferences(chunk)) await loadReferenceDecoder();
    const preview = reader.push(chunk);
    if (!preview) continue;
    options.onPreview(preview);
    // The first lines reach the screen before the rest is read (a whole file came in one chunk).
    await afterPaint();
  }
  return reader.finish();
}

/**
 * Files this small are read here: a few milliseconds of parsing, less than a worker takes to
 * start (its script, its first message), so an ordinary episode's first lines show sooner. A
 * file of unknown size (a compressed response) is judged by its first bytes, and a larger one
 * goes on to the worker without waiting for more than these.
 */
const SMALL_FILE_BYTES = 64 * 1024;

/**
 * The stream's first `limit` bytes (fewer when it ends sooner), and the stream of all its bytes
 * again, from the start: so a file can be judged by its size even when the server compresses it.
 */
async function peek(
  stream: ReadableStream<Uint8Array>,
  limit: number,
): Promise<{ isComplete: boolean; stream: ReadableStream<Uint8Array> }> {
  const reader = stream.getReader();
  const head: Uint8Array[] = [];
  let size = 0;
  let isComplete = false;
  while (size <= limit) {
    const { done, value } = await reader.read();
    if (done) {
      isComplete = true;
      break;
    }
    head.push(value);
    size += value.length;
  }
  const replay = new ReadableStream<Uint8Array>({
    start(controller) {
      head.forEach((chunk) => controller.enqueue(chunk));
      if (isComplete) controller.close();
    },
    async pull(controller) {
      const { done, value } = await reader.read();
      if (done) controller.close();
      else controller.enqueue(value);
    },
    cancel: (reason) => reader.cancel(reason),
  });
  return { isComplete, stream: replay };
}

/** Reads and parses a transcript stream; throws TranscriptParseError for a file it cannot read. */
export async function parseTranscriptStream(
  stream: ReadableStream<Uint8Array>,
  options: ReadOptions,
): Promise<Parsed> {
  if (!canReadInWorker()) return parseHere(stream, options);
  // A known large file goes to the worker at once; one of unknown size is judged by its start.
  if (options.total > SMALL_FILE_BYTES) return parseInWorker(stream, options);
  const peeked = await peek(stream, SMALL_FILE_BYTES);
  return peeked.isComplete
    ? parseHere(peeked.stream, options)
    : parseInWorker(peeked.stream, options);
}
