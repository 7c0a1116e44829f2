/**
 * WebVTT, by the W3C parsing rules: an optional BOM, any line ends, a "WEBVTT" signature and
 * header, cue blocks with optional ids and settings (ignored), NOTE/STYLE/REGION blocks skipped.
 * A cue with invalid timings is dropped, not the file.
 */
import { closeCueEnds, type Cue, type Transcript } from '../transcript';
import { TranscriptParseError } from './parse-error';
import { parseCueText } from './webvtt-cue-text';
import { parseVttTimestamp } from './webvtt-timestamp';

/** The name used in error messages and by format detection. */
export const FORMAT = 'WebVTT';

const SIGNATURE = /^WEBVTT(?:[ \t].*)?$/;
const ARROW = '-->';

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

/** Parses WebVTT text; throws TranscriptParseError when the signature is missing. */
export function parse(source: string): Transcript {
  const input = source.replace(/^\uFEFF/, '').replace(/\0/g, '\uFFFD');
  const lines = input.split(/\r\n|\r|\n/);
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
      // An id, then the timings; a block with no timings is not a cue.
      i++;
      timingLine = lines[i] ?? '';
      if (lines[i] === '' || !timingLine.includes(ARROW)) {
        while (i < lines.length && lines[i] !== '') i++;
        continue;
      }
    }
    i++;
    const textLines: string[] = [];
    // The text runs to a blank line, or to a line with "-->", which starts the next cue.
    while (i < lines.length && lines[i] !== '' && !(lines[i] as string).includes(ARROW)) {
      textLines.push(lines[i] as string);
      i++;
    }
    const timings = parseTimings(timingLine);
    if (!timings) continue;
    seenCue = true;
    const content = parseCueText(textLines.join('\n'), timings.start, timings.end);
    cues.push({ start: timings.start, end: timings.end, ...content });
  }
  // "WEBVTT - Episode title": the text after the signature names the file.
  const title = (lines[0] as string)
    .slice('WEBVTT'.length)
    .replace(/^[\s-–—:]+/, '')
    .trim();
  return title ? { title, cues: closeCueEnds(cues) } : { cues: closeCueEnds(cues) };
}
