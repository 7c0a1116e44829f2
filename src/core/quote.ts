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
}

/**
 * “The words.”
 * — Speaker, Show: “Episode title” at 12:37–13:05
 * https://…#t=12:37,13:05
 */
export function formatQuote(source: QuoteSource): string {
  const words = source.text.replace(/\s+/g, ' ').trim();
  const when =
    source.end === undefined ? formatClock(source.start) : formatSpan(source.start, source.end);
  const who = source.speaker ? `${source.speaker}, ` : '';
  return `“${words}”\n— ${who}${source.show}: “${source.episodeTitle}” at ${when}\n${source.link}`;
}
