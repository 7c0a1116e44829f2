/** A chapters file of any kind we read, told apart by its content (its type is only a hint). */
import { isWebPage } from '../formats/sniff';
import { ChapterFileError } from './chapter';
import { parseJsonChapters, type ChapterList } from './json';
import { parsePscFile } from './psc';
import { parseVttChapters } from './vtt';

/** Parses Podcasting 2.0 JSON, WebVTT or Podlove Simple Chapters; `base` resolves links. */
export function parseChapterFile(text: string, file: string, base?: string): ChapterList {
  const head = text.replace(/^\uFEFF/, '').trimStart();
  if (head.startsWith('{')) return parseJsonChapters(text, file, base);
  if (head.startsWith('WEBVTT')) return parseVttChapters(text, file);
  if (isWebPage(text)) {
    throw new ChapterFileError(
      file,
      'the server sent a web page (HTML), not chapters: is the address right, or was it an error page?',
    );
  }
  if (head.startsWith('<')) return parsePscFile(text, file, base);
  throw new ChapterFileError(
    file,
    head === ''
      ? 'the file is empty.'
      : 'expected Podcasting 2.0 JSON chapters, WebVTT chapters or Podlove Simple Chapters.',
  );
}
