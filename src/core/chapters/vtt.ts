/**
 * WebVTT chapter tracks (`kind="chapters"`): each cue is a chapter, its text the title (never
 * its id). Read by the transcript's WebVTT parser, so the same timing rules and skip counts hold.
 */
import { TranscriptParseError } from '../formats/parse-error';
import { parse as parseWebVtt } from '../formats/webvtt';
import { ChapterFileError, cleanTitle, sortChapters } from './chapter';
import type { ChapterList } from './json';

export function parseVttChapters(text: string, file: string): ChapterList {
  try {
    const { cues, skipped } = parseWebVtt(text);
    const chapters = cues.map((cue) => ({
      start: cue.start,
      ...(cue.end > cue.start ? { end: cue.end } : {}),
      title: cleanTitle(cue.text),
    }));
    return { chapters: sortChapters(chapters), ...(skipped ? { skipped } : {}) };
  } catch (error) {
    if (error instanceof TranscriptParseError) {
      throw new ChapterFileError(file, `line ${error.line}: ${error.detail}`, { cause: error });
    }
    throw error;
  }
}
