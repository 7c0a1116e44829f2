/** Which transcript format a file is, decided by its content (never by its name), and parsing it. */
import type { Transcript } from '../transcript';
import { parseJson } from './json-input';
import { TranscriptParseError } from './parse-error';
import { isWebPage } from './sniff';
import * as podcastHtml from './podcast-html';
import * as podcastJson from './podcast-json';
import * as srt from './srt';
import * as talkPython from './talk-python';
import * as webvtt from './webvtt';
import * as whisperJson from './whisper-json';

export type TranscriptFormat =
  'webvtt' | 'srt' | 'podcast-json' | 'podcast-html' | 'whisper-json' | 'talk-python';

export const PARSERS: Record<TranscriptFormat, (source: string) => Transcript> = {
  webvtt: webvtt.parse,
  srt: srt.parse,
  'podcast-json': podcastJson.parse,
  'podcast-html': podcastHtml.parse,
  'whisper-json': whisperJson.parse,
  'talk-python': talkPython.parse,
};

// "12:37 text" or "1:02:03 text" at the start of some line.
const TIMED_TEXT_LINE = /^\d{1,2}(?::\d{2}){1,2}[ \t\u00a0]/m;

/** The format of `source`, or undefined when it is none Tandem reads. */
export function detectFormat(source: string): TranscriptFormat | undefined {
  const head = source.replace(/^\uFEFF/, '').trimStart();
  if (/^WEBVTT/.test(head)) return 'webvtt';
  if (head.startsWith('{') || head.startsWith('[')) {
    let data: unknown;
    try {
      data = parseJson(head, 'JSON');
    } catch {
      return undefined;
    }
    if (podcastJson.matches(data)) return 'podcast-json';
    if (whisperJson.matches(data)) return 'whisper-json';
    return undefined;
  }
  // Checked before the time-stamped text formats: its <time> stamps would pass for them.
  if (head.startsWith('<') && podcastHtml.matches(source)) return 'podcast-html';
  if (source.split(/\r\n|\r|\n/, 2000).some((line) => srt.SRT_TIMING.test(line))) return 'srt';
  if (TIMED_TEXT_LINE.test(source)) return 'talk-python';
  return undefined;
}

/** Detects the format and parses; throws TranscriptParseError when it is none we read. */
export function parseTranscript(source: string): {
  format: TranscriptFormat;
  transcript: Transcript;
} {
  const format = detectFormat(source);
  if (format) return { format, transcript: PARSERS[format](source) };
  const head = source.replace(/^\uFEFF/, '').trimStart();
  if (head.startsWith('{') || head.startsWith('[')) {
    // Say what is wrong with the JSON, if it is broken JSON.
    parseJson(head, 'JSON transcript');
  }
  if (isWebPage(source)) {
    throw new TranscriptParseError(
      'unknown-format',
      'transcript',
      1,
      1,
      'this is a web page (HTML), not a transcript: is the address right, or did the server answer with an error page?',
    );
  }
  throw new TranscriptParseError(
    source.trim() === '' ? 'empty' : 'unknown-format',
    'transcript',
    1,
    1,
    source.trim() === ''
      ? 'the file is empty.'
      : 'this is not a transcript format Tandem reads: expected WebVTT, SRT, Podcasting 2.0 JSON or HTML, Whisper JSON, or lines like "12:37 Some words".',
  );
}
