/**
 * Reads a transcript as its bytes arrive: decodes them as a stream, offers a preview of the
 * first complete cues once enough text is in (so a long file shows its first rows early), and
 * parses and indexes the whole file at the end.
 */
import { createSearchIndex, type SearchIndex } from '../search';
import type { Transcript } from '../transcript';
import { createDecoder } from './decode';
import { TranscriptParseError } from './parse-error';
import { sniffNonText, SNIFF_BYTES } from './sniff';
import { detectFormat, parseTranscript, PARSERS, type TranscriptFormat } from './detect';

/**
 * How much text the preview waits for: some 150 lines, screens of rows. Parsing it is what the
 * first rows wait for (tens of ms on a phone for every 16 KB), so it is no more than that.
 */
export const PREVIEW_CHARS = 16 * 1024;

export interface ReadResult {
  format: TranscriptFormat;
  transcript: Transcript;
  searchIndex: SearchIndex;
}

export interface TranscriptReader {
  /**
   * Adds bytes; returns a preview transcript the first time there is enough text for one. Throws
   * TranscriptParseError at once when the first bytes show the file is not text at all.
   */
  push(bytes: Uint8Array): Transcript | null;
  /** Parses everything pushed; throws TranscriptParseError for a file that cannot be read. */
  finish(): ReadResult;
}

/** The text up to the end of its last complete cue, or null when no cue is complete yet. */
export function completePrefix(text: string, format: TranscriptFormat): string | null {
  if (format === 'webvtt' || format === 'srt') {
    // Cues end at a blank line, whichever line ends the file uses.
    let end = -1;
    for (const blank of text.matchAll(/(?:\r\n|\r(?!\n)|\n)(?:\r\n|\r(?!\n)|\n)/g))
      end = blank.index;
    return end < 0 ? null : text.slice(0, end);
  }
  if (format === 'talk-python') {
    const end = Math.max(text.lastIndexOf('\n'), text.lastIndexOf('\r'));
    return end < 0 ? null : text.slice(0, end);
  }
  // JSON is only readable whole.
  return null;
}

/** The cues in the complete part of `text`, or null; a preview never throws. */
export function previewOf(text: string): Transcript | null {
  if (/^\uFEFF?\s*[[{]/.test(text)) return null;
  const format = detectFormat(text);
  const prefix = format && completePrefix(text, format);
  if (!format || !prefix) return null;
  try {
    const transcript = PARSERS[format](prefix);
    return transcript.cues.length > 0 ? transcript : null;
  } catch {
    return null;
  }
}

export function createTranscriptReader(previewChars = PREVIEW_CHARS): TranscriptReader {
  let decoder: TextDecoder | null = null;
  // Bytes held back until there are two: enough to see a UTF-16 byte order mark.
  let head = new Uint8Array(0);
  const parts: string[] = [];
  let length = 0;
  let hasPreviewed = false;
  // A try that found no complete cue tries again with twice the text: linear time in all.
  let nextTryAt = previewChars;
  // The first bytes, until there are enough to tell whether this is text at all.
  let sniffed: Uint8Array | null = new Uint8Array(0);

  const sniff = (bytes: Uint8Array, isLast: boolean): void => {
    if (!sniffed) return;
    const joined = new Uint8Array(sniffed.length + Math.min(bytes.length, SNIFF_BYTES));
    joined.set(sniffed);
    joined.set(bytes.subarray(0, SNIFF_BYTES), sniffed.length);
    sniffed = joined.length >= SNIFF_BYTES || isLast ? null : joined;
    const kind = sniffed ? undefined : sniffNonText(joined);
    if (kind) {
      throw new TranscriptParseError(
        'unknown-format',
        'transcript',
        1,
        1,
        `this file is ${kind}, not a transcript; expected WebVTT, SRT, Podcasting 2.0 JSON or HTML, Whisper JSON, or lines like "12:37 Some words".`,
      );
    }
  };

  const decode = (bytes: Uint8Array, isLast: boolean): void => {
    if (!decoder) {
      const joined = new Uint8Array(head.length + bytes.length);
      joined.set(head);
      joined.set(bytes, head.length);
      if (joined.length < 2 && !isLast) {
        head = joined;
        return;
      }
      decoder = createDecoder(joined);
      bytes = joined;
    }
    const text = decoder.decode(bytes, { stream: !isLast });
    if (text !== '') {
      parts.push(text);
      length += text.length;
    }
  };

  return {
    push(bytes) {
      sniff(bytes, false);
      decode(bytes, false);
      if (hasPreviewed || length < nextTryAt) return null;
      // No more text than the preview waits for: a large first chunk costs it nothing more.
      const text = parts.join('');
      let preview: Transcript | null = null;
      while (!preview && nextTryAt <= length) {
        preview = previewOf(text.slice(0, nextTryAt));
        nextTryAt *= 2;
      }
      hasPreviewed = preview !== null;
      return preview;
    },
    finish() {
      sniff(new Uint8Array(0), true);
      decode(new Uint8Array(0), true);
      const { format, transcript } = parseTranscript(parts.join(''));
      return { format, transcript, searchIndex: createSearchIndex(transcript.cues) };
    },
  };
}
