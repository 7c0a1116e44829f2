/**
 * SubRip (SRT), read as players read it in the wild: with or without index lines, "," or "." or
 * no milliseconds, one-digit fields, missing or extra blank lines, CR-only line ends, styling
 * tags and {\an8} overrides removed, and the ">> NAME:" caption convention as the speaker. A
 * timing line that is none of these drops its cue, which is counted with its line.
 */
import { closeCueEnds, type Cue, type Transcript } from '../transcript';
import { TranscriptParseError } from './parse-error';
import { createSkipLog, nothingReadError } from './skip-log';

/** The name used in error messages and by format detection. */
export const FORMAT = 'SubRip (SRT)';

const TIME = String.raw`(\d{1,3}):(\d{1,2}):(\d{1,2})(?:[,.](\d{1,3}))?`;
/** "00:01:02,345 --> 00:01:04,000", perhaps followed by X1:… Y2:… coordinates. */
export const SRT_TIMING = new RegExp(String.raw`^[ \t]*${TIME}[ \t]*-->[ \t]*${TIME}(?:[ \t].*)?$`);
const INDEX = /^[ \t]*\d+[ \t]*$/;
// Meant as a timing line ("00:01 --> 00:02", "1:02:03;04 --> …") but not one SRT allows.
const TIMING_SHAPED = /^[ \t]*\d+:\d.*-->/;

function seconds(parts: ReadonlyArray<string | undefined>): number {
  const [h = '0', m = '0', s = '0', fraction] = parts;
  // A fraction is a decimal fraction: ",04" is 40 ms, ",5" is 500 ms. Whole milliseconds first,
  // so 7.56 s is 7560 / 1000 and not 7 + 0.56 with its rounding error.
  const ms = Number((fraction ?? '').padEnd(3, '0'));
  return ((Number(h) * 3600 + Number(m) * 60 + Number(s)) * 1000 + ms) / 1000;
}

/** Styling removed: HTML-ish tags, {\…} overrides, and \N / \h escapes from ASS. */
function plainText(lines: readonly string[]): { text: string; speaker?: string } {
  let text = lines
    .join('\n')
    .replace(/<\/?[a-zA-Z][^>]*>/g, '')
    .replace(/\{\\[^}]*\}/g, '')
    .replace(/\\N/g, '\n')
    .replace(/\\h/g, ' ')
    .trim();
  const caption = /^>>\s*([^:\n]{1,40}):\s*/.exec(text);
  if (!caption) return { text };
  text = text.slice(caption[0].length);
  return { text, speaker: (caption[1] as string).trim() };
}

/** Parses SRT text; throws TranscriptParseError when there is no cue at all. */
export function parse(source: string): Transcript {
  const lines = source.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  const cues: Cue[] = [];
  const skips = createSkipLog();
  let current: { start: number; end: number; text: string[] } | null = null;
  const finish = (): void => {
    if (current) cues.push({ start: current.start, end: current.end, ...plainText(current.text) });
    current = null;
  };
  lines.forEach((line, i) => {
    const timing = SRT_TIMING.exec(line);
    if (timing) {
      finish();
      current = { start: seconds(timing.slice(1, 5)), end: seconds(timing.slice(5, 9)), text: [] };
      return;
    }
    if (TIMING_SHAPED.test(line)) {
      // Its text goes with it, rather than onto the end of the previous cue.
      finish();
      skips.add(
        i + 1,
        `expected timings like "00:01:02,345 --> 00:01:04,000", found "${line.trim().slice(0, 60)}".`,
      );
      return;
    }
    // An index line just before a timing line numbers the next cue; it is not text.
    if (INDEX.test(line) && TIMING_SHAPED.test(lines[i + 1] ?? '')) return;
    if (current && (line.trim() !== '' || current.text.length > 0)) current.text.push(line);
  });
  finish();
  const skipped = skips.result();
  if (skipped && cues.length === 0) throw nothingReadError(FORMAT, skipped);
  if (cues.length === 0) {
    const hasText = lines.some((l) => l.trim() !== '');
    throw new TranscriptParseError(
      hasText ? 'no-cues' : 'empty',
      FORMAT,
      1,
      1,
      hasText
        ? 'found no timing lines; expected lines like "00:01:02,345 --> 00:01:04,000".'
        : 'the file is empty.',
    );
  }
  return { cues: closeCueEnds(cues), ...(skipped ? { skipped } : {}) };
}
