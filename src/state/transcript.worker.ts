/// <reference lib="webworker" />
/**
 * Reads a transcript off the main thread: bytes come in as they download (sent by the page, or
 * downloaded here from an address the page gives, so no byte waits for a busy page), a preview of
 * the first lines goes back early, then the whole transcript and its search index, packed into
 * typed arrays so they cross back without a clone per cue.
 */
import { loadReferenceDecoder } from '../core/formats/html-references';
import { TranscriptParseError } from '../core/formats/parse-error';
import { messageOf, type DownloadProblem } from '../core/messages';
import { createTranscriptReader } from '../core/formats/reader';
import { packTranscript, type PackedTranscript } from '../core/packed';
import type { SearchIndex } from '../core/search';
import { bytesOf, DownloadProblemError, fetchFile, sizeOf } from './fetch-file';

export type ToTranscriptWorker =
  | { type: 'chunk'; bytes: Uint8Array }
  | { type: 'end' }
  /** Download the file at `url` here (through `relay` when its host refuses other sites). */
  | { type: 'download'; url: string; relay: string | undefined };
export type FromTranscriptWorker =
  | { type: 'preview'; packed: PackedTranscript }
  | { type: 'done'; packed: PackedTranscript; searchIndex: SearchIndex }
  /** How much of a file downloaded here has come (`total` 0 while its size is unknown). */
  | { type: 'progress'; loaded: number; total: number }
  | { type: 'download-failed'; problem: DownloadProblem }
  | {
      type: 'parse-error';
      error: Pick<TranscriptParseError, 'code' | 'format' | 'line' | 'column' | 'detail'>;
    }
  | { type: 'error'; message: string };

const post = (message: FromTranscriptWorker, transfer: Transferable[] = []): void =>
  self.postMessage(message, transfer);

/** Progress is reported at most this often while downloading here. */
const PROGRESS_EVERY_BYTES = 256 * 1024;

const reader = createTranscriptReader();

function readChunk(bytes: Uint8Array): void {
  const preview = reader.push(bytes);
  if (preview) {
    const { packed, transfer } = packTranscript(preview);
    post({ type: 'preview', packed }, transfer);
  }
}

function finish(): void {
  const { transcript, searchIndex } = reader.finish();
  const { packed, transfer } = packTranscript(transcript);
  post({ type: 'done', packed, searchIndex }, [...transfer, searchIndex.cueOffsets.buffer]);
}

function report(error: unknown): void {
  if (error instanceof TranscriptParseError) {
    const { code, format, line, column, detail } = error;
    post({ type: 'parse-error', error: { code, format, line, column, detail } });
  } else if (error instanceof DownloadProblemError) {
    post({ type: 'download-failed', problem: error.problem });
  } else {
    post({ type: 'error', message: messageOf(error) });
  }
}

async function downloadAndRead(url: string, relay: string | undefined): Promise<void> {
  const response = await fetchFile(url, fetch, relay);
  const total = sizeOf(response);
  post({ type: 'progress', loaded: 0, total });
  let loaded = 0;
  let reported = 0;
  for await (const chunk of bytesOf(response.body ?? new Blob([]).stream())) {
    loaded += chunk.length;
    if (loaded - reported >= PROGRESS_EVERY_BYTES) {
      reported = loaded;
      post({ type: 'progress', loaded, total });
    }
    readChunk(chunk);
  }
  post({ type: 'progress', loaded, total });
  finish();
}

async function handle(message: ToTranscriptWorker): Promise<void> {
  if (message.type === 'download') await downloadAndRead(message.url, message.relay);
  else if (message.type === 'chunk') readChunk(message.bytes);
  else finish();
}

// The decoder of character references loads while the worker waits for its first bytes (a
// worker is started before they are asked for); messages are handled in turn behind it. Should it
// not load, a transcript with a reference fails with a message, and one without reads as ever.
let queue = loadReferenceDecoder().catch(() => undefined);
self.onmessage = (event: MessageEvent<ToTranscriptWorker>) => {
  const message = event.data;
  queue = queue.then(() => handle(message)).catch(report);
};
