/**
 * The Talk Python to Me text transcript: an optional title line, then one line per cue,
 * "MM:SS text" or "H:MM:SS text" (older files put a no-break space after the stamp and
 * leave untimed paragraphs that continue the previous cue).
 */
import { parseClock } from '../time';
import { closeCueEnds, type Cue, type Transcript } from '../transcript';
import { TranscriptParseError } from './parse-error';
import { createSkipLog, nothingReadError } from './skip-log';

/** The name used in error messages and by format detection. */
export const FORMAT = 'Talk Python text transcript';

// A stamp at the start of a line, then white space (U+00A0 in older files) or the end of line.
const STAMP_LINE = /^(\d{1,2}(?::\d{1,2}){1,2})(?:[ \t\u00a0]+(.*))?$/;
// Shaped like a stamp ("1:75", "12:3") but not a valid one: worth an error, not text.
const STAMP_SHAPED = /^(\d{1,2}(?::\d{1,2}){1,2})(?:[ \t]|$)/;

// Newer files open a cue with a WebVTT voice tag: "00:00:00 <v Michael Kennedy>Building a UI…".
const VOICE_TAG = /^<v(?:\.[^\s>]*)?\s+([^>]+)>\s*/;
// A voice tag inside a line marks crosstalk; the line keeps its first speaker.
const INNER_VOICE_TAG = /\s*<\/?v(?:[.\s][^>]*)?>\s*/g;

interface TimedLine {
  stamp: number;
  text: string;
  speaker?: string;
}

/**
 * Parses the text. A line whose stamp is malformed is skipped and counted with its line; a file
 * with no readable timed line throws TranscriptParseError.
 */
export function parse(source: string): Transcript {
  const lines = source.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  const timed: TimedLine[] = [];
  const skips = createSkipLog();
  const leading: string[] = [];

  lines.forEach((raw, i) => {
    const line = raw.replace(/\u00a0/g, ' ').trim();
    if (line === '') return;
    const match = STAMP_LINE.exec(line);
    const stamp = match ? parseStamp(match[1] as string) : undefined;
    if (match && stamp !== undefined) {
      const text = (match[2] ?? '').trim();
      const voice = VOICE_TAG.exec(text);
      timed.push(
        voice
          ? {
              stamp,
              text: stripVoiceTags(text.slice(voice[0].length)),
              speaker: (voice[1] as string).trim(),
            }
          : { stamp, text: stripVoiceTags(text) },
      );
    } else if (STAMP_SHAPED.test(line)) {
      skips.add(
        i + 1,
        `"${STAMP_SHAPED.exec(line)?.[1] ?? ''}" is not a valid time; expected MM:SS or H:MM:SS with minutes and seconds below 60.`,
      );
    } else if (timed.length === 0) {
      leading.push(line);
    } else {
      const previous = timed[timed.length - 1] as TimedLine;
      previous.text = previous.text === '' ? line : `${previous.text}\n${line}`;
    }
  });

  const skipped = skips.result();
  if (timed.length === 0 && skipped) throw nothingReadError(FORMAT, skipped);
  if (timed.length === 0) {
    throw new TranscriptParseError(
      lines.some((l) => l.trim() !== '') ? 'no-cues' : 'empty',
      FORMAT,
      1,
      1,
      lines.some((l) => l.trim() !== '')
        ? 'found no timed lines; expected lines like "12:37 Some words".'
        : 'the file is empty.',
    );
  }

  // One untimed line before the first cue is the title; several are speech before the first stamp.
  const title = leading.length === 1 ? leading[0] : undefined;
  const preamble: Cue[] =
    leading.length > 1 ? [{ start: 0, end: Number.NaN, text: leading.join('\n') }] : [];
  return {
    ...(title === undefined ? {} : { title }),
    cues: closeCueEnds([...preamble, ...spreadSharedStamps(timed)]),
    ...(skipped ? { skipped } : {}),
  };
}

function stripVoiceTags(text: string): string {
  return text.replace(INNER_VOICE_TAG, ' ').trim();
}

/** "MM:SS" or "H:MM:SS" (whole seconds), or undefined. */
function parseStamp(text: string): number | undefined {
  const parts = text.split(':');
  if (parts.some((p, i) => i > 0 && p.length !== 2)) return undefined;
  return parseClock(text);
}

/**
 * Stamps are whole seconds, and quick exchanges put several lines on one stamp. Rather than
 * letting all but the last of them never be current, share the time up to the next later stamp
 * between them in proportion to their length: the best estimate of when each is spoken.
 */
function spreadSharedStamps(timed: readonly TimedLine[]): Cue[] {
  const cues: Cue[] = [];
  let i = 0;
  while (i < timed.length) {
    const { stamp } = timed[i] as TimedLine;
    let runEnd = i + 1;
    while (runEnd < timed.length && (timed[runEnd] as TimedLine).stamp === stamp) runEnd++;
    const next = timed[runEnd]?.stamp;
    const span = next !== undefined && next > stamp ? next - stamp : 0;
    const run = timed.slice(i, runEnd);
    const weights = run.map((line) => Math.max(1, line.text.length));
    const total = weights.reduce((a, b) => a + b, 0);
    let offset = 0;
    run.forEach((line, k) => {
      const start = stamp + (span * offset) / total;
      cues.push({
        start,
        end: Number.NaN,
        text: line.text,
        ...(line.speaker ? { speaker: line.speaker } : {}),
      });
      offset += weights[k] as number;
    });
    i = runEnd;
  }
  return cues;
}
