/**
 * WebVTT, by the W3C parsing rules: an optional BOM, any line ends, a "WEBVTT" signature and
 * header, cue blocks with optional ids and settings (ignored), NOTE/STYLE/REGION blocks skipped.
 * A cue with invalid timings is dropped, not the file, and counted with its line; a file whose
 * every cue was dropped is an error.
 */
import { closeCueEnds, type Cue, type Transcript } from '../transcript';
import { TranscriptParseError } from './parse-error';
import { createSkipLog, nothingReadError } from './skip-log';
import { parseCueText } from './webvtt-cue-text';
import { parseVttTimestamp } from './webvtt-timestamp';

/** The name used in error messages and by format detection. */
export const FORMAT = 'WebVTT';

const SIGNATURE = /^WEBVTT(?:[ \t].*)?$/;
const ARROW = '-->';
// A line that starts like a time ("00:01", "1:02:03"): a timing line without its arrow.
const TIME_SHAPED = /^[ \t]*\d+:\d/;

/** "a --> b settings": both times, or undefined when the line is not valid timings. */
function parseTimings(line: string): { start: number; end: number } | undefined {
  const start = parseVttTimestamp(line.replace(/^[ \t]+/, ''));
  if (!start) return undefined;
  const afterStart = start.rest.replace(/^[ \t]+/, '');
  if (!afterStart.startsWith(ARROW)) return undefined;
  const end = parseVttTimestamp(afterStart.slice(ARROW.length).replace(/^[ \t]+/, ''));
  // Whatever follows the end time is cue settings, which do not matter to a transcript.
  if (!end) return undefined;
  return { start: start.seconds, end: end.seconds };
}

/**
 * Parses WebVTT text; throws TranscriptParseError when the signature is missing, or when cues
 * were there but none had valid timings.
 */
export function parse(source: string): Transcript {
  const input = source.replace(/^\uFEFF/, '').replace(/\0/g, '\uFFFD');
  const lines = input.split(/\r\n|\r|\n/);
  if (input.startsWith('\uFEFF')) {
    // web-platform-tests: a second byte order mark means this is not a WebVTT file.
    throw new TranscriptParseError(
      'bad-header',
      FORMAT,
      1,
      1,
      'the file starts with two byte order marks (U+FEFF); a WebVTT file starts with at most one, then "WEBVTT".',
    );
  }
  if (!SIGNATURE.test(lines[0] ?? '')) {
    throw new TranscriptParseError(
      'bad-header',
      FORMAT,
      1,
      1,
      `expected the file to start with "WEBVTT", found "${(lines[0] ?? '').slice(0, 20)}".`,
    );
  }

  const cues: Cue[] = [];
  const skips = createSkipLog();
  let i = 1;
  // The header runs to the first blank line, unless a timing line comes first.
  while (i < lines.length && lines[i] !== '' && !(lines[i] as string).includes(ARROW)) i++;
  let seenCue = false;
  while (i < lines.length) {
    while (i < lines.length && lines[i] === '') i++;
    if (i >= lines.length) break;
    const first = lines[i] as string;
    // Comments, and style or region definitions before the first cue, are not cues.
    if (/^NOTE(?:[ \t]|$)/.test(first) || (!seenCue && /^(?:STYLE|REGION)[ \t]*$/.test(first))) {
      while (i < lines.length && lines[i] !== '') i++;
      continue;
    }
    let timingLine = first;
    if (!first.includes(ARROW)) {
      // An id, then the timings; a block with no timings is not a cue. One that starts with a
      // time was meant as one, so it is counted as skipped.
      i++;
      timingLine = lines[i] ?? '';
      if (lines[i] === '' || !timingLine.includes(ARROW)) {
        const meant = [first, timingLine].find((line) => TIME_SHAPED.test(line));
        if (meant !== undefined)
          skips.add(
            meant === first ? i : i + 1,
            `expected timings like "00:01:02.345 --> 00:01:04.000", found "${meant.slice(0, 60)}".`,
          );
        while (i < lines.length && lines[i] !== '') i++;
        continue;
      }
    }
    const timingLineNumber = i + 1;
    i++;
    const textLines: string[] = [];
    // The text runs to a blank line, or to a line with "-->", which starts the next cue.
    while (i < lines.length && lines[i] !== '' && !(lines[i] as string).includes(ARROW)) {
      textLines.push(lines[i] as string);
      i++;
    }
    const timings = parseTimings(timingLine);
    if (!timings) {
      skips.add(
        timingLineNumber,
        `expected timings like "00:01:02.345 --> 00:01:04.000", found "${timingLine.slice(0, 60)}".`,
      );
      continue;
    }
    seenCue = true;
    const content = parseCueText(textLines.join('\n'), timings.start, timings.end);
    cues.push({ start: timings.start, end: timings.end, ...content });
  }
  // "WEBVTT - Episode title": the text after the signature names the file.
  const title = (lines[0] as string)
    .slice('WEBVTT'.length)
    .replace(/^[\s-–—:]+/, '')
    .trim();
  const skipped = skips.result();
  if (skipped && cues.length === 0) throw nothingReadError(FORMAT, skipped);
  return {
    ...(title ? { title } : {}),
    cues: closeCueEnds(cues),
    ...(skipped ? { skipped } : {}),
  };
}
