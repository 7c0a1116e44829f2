/// <reference lib="webworker" />
/**
 * Reads a transcript off the main thread: bytes come in as they download, a preview of the first
 * lines goes back early, then the whole transcript and its search index, packed into typed
 * arrays so they cross back without a clone per cue.
 */
import { TranscriptParseError } from '../core/formats/parse-error';
import { messageOf } from '../core/messages';
import { createTranscriptReader } from '../core/formats/reader';
import { packTranscript, type PackedTranscript } from '../core/packed';
import type { SearchIndex } from '../core/search';

export type ToTranscriptWorker = { type: 'chunk'; bytes: Uint8Array } | { type: 'end' };
export type FromTranscriptWorker =
  | { type: 'preview'; packed: PackedTranscript }
  | { type: 'done'; packed: PackedTranscript; searchIndex: SearchIndex }
  | {
      type: 'parse-error';
      error: Pick<TranscriptParseError, 'code' | 'format' | 'line' | 'column' | 'detail'>;
    }
  | { type: 'error'; message: string };

const post = (message: FromTranscriptWorker, transfer: Transferable[] = []): void =>
  self.postMessage(message, transfer);

const reader = createTranscriptReader();

self.onmessage = (event: MessageEvent<ToTranscriptWorker>) => {
  const message = event.data;
  try {
    if (message.type === 'chunk') {
      const preview = reader.push(message.bytes);
      if (preview) {
        const { packed, transfer } = packTranscript(preview);
        post({ type: 'preview', packed }, transfer);
      }
      return;
    }
    const { transcript, searchIndex } = reader.finish();
    const { packed, transfer } = packTranscript(transcript);
    post({ type: 'done', packed, searchIndex }, [...transfer, searchIndex.cueOffsets.buffer]);
  } catch (error) {
    if (error instanceof TranscriptParseError) {
      const { code, format, line, column, detail } = error;
      post({ type: 'parse-error', error: { code, format, line, column, detail } });
    } else {
      post({ type: 'error', message: messageOf(error) });
    }
  }
};
