/**
 * The podcast feed model: a show and its episodes as plain data, and the choice of transcript.
 * Free of any parser, so the page can use it without loading one (feeds are read in a worker).
 */
import type { Chapter } from './chapters/chapter';

export interface FeedTranscript {
  url: string;
  /** The MIME type as the feed gives it, lower case ("text/vtt", "application/x-subrip"). */
  type: string;
  language?: string;
  /** `rel="captions"`: caption-style lines (VTT/SRT), timed closely. */
  isCaptions: boolean;
}

export interface FeedEpisode {
  /** The guid; else the audio's address; else the title (every episode needs a name in links). */
  id: string;
  title: string;
  /** Milliseconds since 1970, or null when the feed gives no readable date. */
  published: number | null;
  /** Seconds, or null when the feed does not say. */
  duration: number | null;
  audio: { url: string; type: string } | null;
  transcripts: FeedTranscript[];
  /** A chapters file (Podcasting 2.0 JSON, or whatever its type says). */
  chaptersFile: { url: string; type: string } | null;
  /** Podlove Simple Chapters written in the feed itself. */
  chapters: Chapter[] | null;
  image?: string;
  link?: string;
  /** Plain text: markup removed, entities decoded. */
  description?: string;
}

export interface Show {
  title: string;
  author?: string;
  image?: string;
  link?: string;
  description?: string;
  /** Newest first; episodes without a date keep their place after the dated ones. */
  episodes: FeedEpisode[];
  /** Items left out (no title and no audio), counted so nothing disappears unsaid. */
  skippedItems: number;
}

/** A file that is not a podcast feed, or one that cannot be read: which, and why. */
export class FeedError extends Error {
  override readonly name = 'FeedError';
  constructor(
    readonly file: string,
    detail: string,
    options?: ErrorOptions,
  ) {
    super(`The feed ${file} could not be read: ${detail}`, options);
  }
}

// Timed formats first: word or line timings beat HTML paragraphs, which beat plain text.
const TRANSCRIPT_RANK: ReadonlyArray<RegExp> = [/json/, /vtt/, /srt|subrip/, /html/, /text\/plain/];

const rankOf = (transcript: FeedTranscript): number => {
  const rank = TRANSCRIPT_RANK.findIndex((pattern) => pattern.test(transcript.type));
  return rank < 0 ? TRANSCRIPT_RANK.length : rank;
};

/**
 * The transcript to open: the best-timed format, and among equals the one in the listener's
 * language (then the first in the feed).
 */
export function bestTranscript(
  transcripts: readonly FeedTranscript[],
  language?: string,
): FeedTranscript | undefined {
  const wanted = language?.toLowerCase().split('-')[0];
  const score = (t: FeedTranscript): number =>
    rankOf(t) * 2 + (wanted && t.language?.split('-')[0] !== wanted ? 1 : 0);
  return [...transcripts].sort((a, b) => score(a) - score(b))[0];
}
