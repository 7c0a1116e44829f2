/**
 * The Podcasting 2.0 JSON transcript (`version`, `segments[]` of `speaker`, `startTime`,
 * `endTime`, `body`). Word-level segments are grouped into readable lines, breaking on a change
 * of speaker, the end of a sentence or a pause, and each word keeps its timing.
 */
import { closeCueEnds, type Cue, type Transcript, type Word } from '../transcript';
import { isRecord, numberField, parseJson, shapeError, stringField } from './json-input';

/** The name used in error messages and by format detection. */
export const FORMAT = 'Podcasting 2.0 JSON transcript';

const PAUSE_SECONDS = 1;
const MAX_WORDS = 40;
const SENTENCE_END = /[.!?…]["')\]]*$/;

interface Segment {
  speaker?: string;
  start: number;
  end: number;
  body: string;
}

/** Whether `data` looks like this format: segments with startTime (or start_time) and body. */
export function matches(data: unknown): boolean {
  return (
    isRecord(data) &&
    Array.isArray(data.segments) &&
    data.segments.some((s) => isRecord(s) && 'body' in s && ('startTime' in s || 'start_time' in s))
  );
}

function readSegments(data: unknown): Segment[] {
  if (!isRecord(data) || !Array.isArray(data.segments)) {
    throw shapeError(FORMAT, 'expected an object with a "segments" list.');
  }
  return data.segments.flatMap((raw, i): Segment[] => {
    if (!isRecord(raw)) throw shapeError(FORMAT, `segments[${i}] is not an object.`);
    // Early drafts of the spec spelled the times start_time and end_time.
    const start = numberField(raw, 'startTime', 'start_time');
    const end = numberField(raw, 'endTime', 'end_time');
    const body = stringField(raw, 'body') ?? '';
    if (start === undefined) throw shapeError(FORMAT, `segments[${i}] has no "startTime" number.`);
    const speaker = stringField(raw, 'speaker')?.trim();
    return [{ start, end: end ?? Number.NaN, body, ...(speaker ? { speaker } : {}) }];
  });
}

/** Parses the JSON text; throws TranscriptParseError for invalid JSON or a wrong shape. */
export function parse(source: string): Transcript {
  const segments = readSegments(parseJson(source, FORMAT));
  const cues: Cue[] = [];
  let words: Word[] = [];
  let speaker: string | undefined;
  const flush = (): void => {
    const first = words[0];
    if (!first) return;
    cues.push({
      start: first.start,
      end: (words.at(-1) as Word).end,
      text: words.map((w) => w.text).join(' '),
      ...(speaker ? { speaker } : {}),
      ...(words.length > 1 ? { words } : {}),
    });
    words = [];
  };
  for (const segment of segments) {
    const body = segment.body.trim();
    if (body === '') continue;
    const previous = words.at(-1);
    const isWord = !/\s/.test(body);
    const startsNewLine =
      !isWord ||
      segment.speaker !== speaker ||
      (previous !== undefined &&
        (SENTENCE_END.test(previous.text) ||
          segment.start - previous.end > PAUSE_SECONDS ||
          words.length >= MAX_WORDS));
    if (startsNewLine) flush();
    speaker = segment.speaker;
    words.push({
      start: segment.start,
      end: Number.isFinite(segment.end) ? segment.end : segment.start,
      text: body,
    });
    // A segment that is already a sentence is a line of its own.
    if (!isWord) flush();
  }
  flush();
  if (cues.length === 0) throw shapeError(FORMAT, 'found no segment with words in its "body".');
  return { cues: closeCueEnds(cues) };
}
