/**
 * The Podcasting 2.0 HTML transcript: `<cite>Speaker:</cite><time>M:SS</time><p>words</p>`,
 * repeated, sometimes inside a whole HTML page. It is untrusted markup: only its text is read
 * (tags dropped, entities decoded), nothing of it is ever inserted as HTML. A paragraph with no
 * readable time before it is skipped and counted with its line.
 */
import { decodeReferences } from './html-references';
import { parseClock } from '../time';
import { closeCueEnds, type Cue, type Transcript } from '../transcript';
import { TranscriptParseError } from './parse-error';
import { createSkipLog, nothingReadError } from './skip-log';

export const FORMAT = 'Podcasting 2.0 HTML transcript';

const TOKENS = /<(cite|time|p|title)\b[^>]*>([\s\S]*?)<\/\1\s*>/gi;

const textOf = (html: string): string =>
  decodeReferences(html.replace(/<br\s*\/?>/gi, '\n').replace(/<[^>]*>/g, ''))
    .replace(/[ \t\f\v\u00a0\r]+/g, ' ')
    .replace(/ *\n */g, '\n')
    .trim();

/** Whether `source` is this format: `<time>` stamps followed by `<p>` paragraphs. */
export function matches(source: string): boolean {
  return (
    /<time\b[^>]*>\s*\d{1,2}(?::\d{2}){1,2}(?:\.\d+)?\s*<\/time>/i.test(source) &&
    /<p\b/i.test(source)
  );
}

export function parse(source: string): Transcript {
  const skipped = createSkipLog();
  const cues: Cue[] = [];
  let title: string | undefined;
  let speaker: string | undefined;
  let start: number | undefined;
  let lineAt = 0;
  let line = 1;
  /** The 1-based line of offset `index`, counted on from the last one asked. */
  const lineOf = (index: number): number => {
    for (; lineAt < index; lineAt++) if (source.charCodeAt(lineAt) === 10) line++;
    return line;
  };
  for (const match of source.matchAll(TOKENS)) {
    const tag = (match[1] as string).toLowerCase();
    const text = textOf(match[2] as string);
    if (tag === 'title') title ??= text || undefined;
    else if (tag === 'cite') speaker = text.replace(/:\s*$/, '') || undefined;
    else if (tag === 'time') {
      start = parseClock(text);
      if (start === undefined) {
        skipped.add(lineOf(match.index), `"${text}" is not a time; expected one like 12:37.`);
      }
    } else if (text !== '') {
      if (start === undefined) {
        skipped.add(lineOf(match.index), 'a paragraph with no <time> before it.');
        continue;
      }
      cues.push({ start, end: Number.POSITIVE_INFINITY, text, ...(speaker ? { speaker } : {}) });
    }
  }
  const result = skipped.result();
  if (cues.length === 0) {
    if (result) throw nothingReadError(FORMAT, result);
    throw new TranscriptParseError(
      'no-cues',
      FORMAT,
      1,
      1,
      'expected <time>M:SS</time> followed by <p>words</p>.',
    );
  }
  return {
    cues: closeCueEnds(cues),
    ...(title ? { title } : {}),
    ...(result ? { skipped: result } : {}),
  };
}
