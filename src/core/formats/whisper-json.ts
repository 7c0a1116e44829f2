/**
 * Whisper JSON: openai-whisper's `segments[]` (with optional `words[]`), whisper-timestamped's
 * variant (`text`/`confidence` in words), whisper.cpp's `-oj`/`-ojf` `transcription[]`, and a
 * `speaker` field where diarization added one.
 */
import { closeCueEnds, type Cue, type Transcript, type Word } from '../transcript';
import {
  isRecord,
  numberField,
  parseJson,
  shapeError,
  stringField,
  type JsonRecord,
} from './json-input';
import { createSkipLog, nothingReadError } from './skip-log';

/** The name used in error messages and by format detection. */
export const FORMAT = 'Whisper JSON';

/** Whether `data` looks like Whisper output. */
export function matches(data: unknown): boolean {
  if (!isRecord(data)) return false;
  if (Array.isArray(data.transcription)) return true;
  return (
    Array.isArray(data.segments) &&
    data.segments.some((s) => isRecord(s) && 'text' in s && 'start' in s)
  );
}

function readWords(raw: unknown): Word[] | undefined {
  if (!Array.isArray(raw)) return undefined;
  const words = raw.flatMap((w): Word[] => {
    if (!isRecord(w)) return [];
    const start = numberField(w, 'start');
    const end = numberField(w, 'end');
    const text = (stringField(w, 'word', 'text') ?? '').trim();
    return start === undefined || text === '' ? [] : [{ start, end: end ?? start, text }];
  });
  return words.length > 0 ? words : undefined;
}

function cueOf(segment: JsonRecord, start: number, end: number | undefined): Cue | undefined {
  const text = (stringField(segment, 'text') ?? '').trim();
  if (text === '') return undefined;
  const speaker = stringField(segment, 'speaker')?.trim();
  const words = readWords(segment.words);
  return {
    start,
    end: end ?? Number.NaN,
    text,
    ...(speaker ? { speaker } : {}),
    ...(words ? { words } : {}),
  };
}

/** Parses the JSON text; throws TranscriptParseError for invalid JSON or a wrong shape. */
export function parse(source: string): Transcript {
  const data = parseJson(source, FORMAT);
  if (!isRecord(data))
    throw shapeError(FORMAT, 'expected an object with "segments" or "transcription".');
  const skips = createSkipLog();
  let cues: Cue[];
  if (Array.isArray(data.transcription)) {
    // whisper.cpp: offsets in milliseconds. A segment without a start is skipped and counted.
    cues = data.transcription.flatMap((segment, i): Cue[] => {
      const offsets = isRecord(segment) && isRecord(segment.offsets) ? segment.offsets : undefined;
      const from = offsets && numberField(offsets, 'from');
      if (!isRecord(segment) || !offsets || from === undefined) {
        skips.add(undefined, `transcription[${i}] has no "offsets.from" time in milliseconds.`);
        return [];
      }
      const to = numberField(offsets, 'to');
      const cue = cueOf(segment, from / 1000, to === undefined ? undefined : to / 1000);
      return cue ? [cue] : [];
    });
  } else if (Array.isArray(data.segments)) {
    cues = data.segments.flatMap((segment, i): Cue[] => {
      if (!isRecord(segment)) throw shapeError(FORMAT, `segments[${i}] is not an object.`);
      const start = numberField(segment, 'start');
      if (start === undefined) throw shapeError(FORMAT, `segments[${i}] has no "start" number.`);
      const cue = cueOf(segment, start, numberField(segment, 'end'));
      return cue ? [cue] : [];
    });
  } else {
    throw shapeError(FORMAT, 'expected an object with "segments" or "transcription".');
  }
  const skipped = skips.result();
  if (cues.length === 0 && skipped) throw nothingReadError(FORMAT, skipped);
  if (cues.length === 0) throw shapeError(FORMAT, 'found no segment with text.');
  return { cues: closeCueEnds(cues), ...(skipped ? { skipped } : {}) };
}
