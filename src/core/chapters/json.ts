/**
 * Podcasting 2.0 JSON chapters: `{ version, chapters: [{ startTime, endTime?, title?, img?, url?,
 * toc? }] }`. Early drafts spelled `start_time`/`end_time`. Unknown keys are ignored; entries
 * without a usable start are skipped and counted; relative images resolve against the file.
 */
import type { SkippedLines } from '../transcript';
import { isRecord } from '../formats/json-input';
import { createSkipLog } from '../formats/skip-log';
import { ChapterFileError, cleanTitle, sortChapters, webAddress, type Chapter } from './chapter';

export interface ChapterList {
  chapters: Chapter[];
  skipped?: SkippedLines;
}

const seconds = (value: unknown): number | undefined =>
  typeof value === 'number' && Number.isFinite(value) && value >= 0
    ? value
    : typeof value === 'string' && /^\d+(\.\d+)?$/.test(value.trim())
      ? Number(value)
      : undefined;

/** Parses a JSON chapters file's text; `file` names it in errors, `base` resolves its links. */
export function parseJsonChapters(text: string, file: string, base?: string): ChapterList {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new ChapterFileError(file, `is not valid JSON (${(error as Error).message}).`, {
      cause: error,
    });
  }
  const list = isRecord(data) ? data.chapters : undefined;
  if (!Array.isArray(list)) {
    throw new ChapterFileError(file, 'expected a JSON object with a "chapters" list.');
  }
  const skipped = createSkipLog();
  const chapters: Chapter[] = [];
  list.forEach((entry: unknown, i) => {
    if (!isRecord(entry)) return skipped.add(undefined, `chapters[${i}] is not an object.`);
    const start = seconds(entry.startTime ?? entry.start_time);
    if (start === undefined) {
      return skipped.add(undefined, `chapters[${i}] has no "startTime" in seconds.`);
    }
    const end = seconds(entry.endTime ?? entry.end_time);
    const title = typeof entry.title === 'string' ? cleanTitle(entry.title) : '';
    const img = webAddress(entry.img, base);
    const url = webAddress(entry.url, base);
    chapters.push({
      start,
      title,
      ...(end !== undefined && end > start ? { end } : {}),
      ...(img ? { img } : {}),
      ...(url ? { url } : {}),
      ...(entry.toc === false ? { isHidden: true } : {}),
    });
  });
  if (chapters.length === 0 && list.length > 0) {
    throw new ChapterFileError(file, `none of its ${list.length} chapters has a start time.`);
  }
  const result = skipped.result();
  return { chapters: sortChapters(chapters), ...(result ? { skipped: result } : {}) };
}
