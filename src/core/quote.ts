/** Quotes ready to paste into a chat or an article: the words, who said them, when, and a link. */
import { formatClock, formatSpan } from './time';

export interface QuoteSource {
  /** The quoted words (one line, or a selection across lines). */
  text: string;
  speaker?: string | undefined;
  start: number;
  end?: number | undefined;
  show: string;
  episodeTitle: string;
  link: string;
  /** The transcript's language, for where its words end when a long quote is cut. */
  language?: string | undefined;
}

/** A quote longer than this is cut at a word's end: a chat message, not a chapter. */
export const QUOTE_MAX_CHARS = 600;

/**
 * “The words.”
 * — Speaker, Show: “Episode title” at 12:37–13:05
 * https://…#t=12:37,13:05
 */
export function formatQuote(source: QuoteSource): string {
  const words = shortenAtWord(
    source.text.replace(/\s+/g, ' ').trim(),
    QUOTE_MAX_CHARS,
    source.language,
  );
  const when =
    source.end === undefined ? formatClock(source.start) : formatSpan(source.start, source.end);
  const who = source.speaker ? `${source.speaker}, ` : '';
  return `“${words}”\n— ${who}${source.show}: “${source.episodeTitle}” at ${when}\n${source.link}`;
}

/** Where the words of `text` start and end, as the language's word rules say (spaces or not). */
function wordSegments(text: string, language?: string): Intl.SegmentData[] {
  return [...new Intl.Segmenter(language, { granularity: 'word' }).segment(text)];
}

/**
 * A selection from `start` to `end` in `text`, widened to whole words: a start inside a word
 * moves back to its beginning, an end inside one forward to its end. Works for languages written
 * without spaces (Japanese, Chinese, Thai) as for the others.
 */
export function snapToWords(
  text: string,
  start: number,
  end: number,
  language?: string,
): { start: number; end: number } {
  let from = Math.max(0, Math.min(start, text.length));
  let to = Math.max(from, Math.min(end, text.length));
  for (const { index, segment, isWordLike } of wordSegments(text, language)) {
    if (!isWordLike) continue;
    const segmentEnd = index + segment.length;
    if (index < from && from < segmentEnd) from = index;
    if (index < to && to < segmentEnd) to = segmentEnd;
  }
  return { start: from, end: to };
}

/**
 * `text` cut at the end of a word to at most `maxChars` characters, "…" included, when it is
 * longer; a first word longer than that is cut inside it rather than lost.
 */
export function shortenAtWord(text: string, maxChars: number, language?: string): string {
  if ([...text].length <= maxChars) return text;
  let cut = 0;
  for (const { index, segment, isWordLike } of wordSegments(text, language)) {
    const segmentEnd = index + segment.length;
    if (segmentEnd > maxChars - 1) break;
    if (isWordLike) cut = segmentEnd;
  }
  if (cut === 0) cut = [...text].slice(0, maxChars - 1).join('').length;
  return `${text.slice(0, cut).trimEnd()}…`;
}
