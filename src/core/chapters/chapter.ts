/** The chapter model every chapter source (JSON, WebVTT, Podlove, ID3) parses into. */

/** One chapter of an episode. Times are seconds of audio (a transcript offset never moves them). */
export interface Chapter {
  start: number;
  /** Where it ends, when the source says; otherwise where the next one starts. */
  end?: number;
  title: string;
  /** An image for the time this chapter plays, as an absolute URL. */
  img?: string;
  /** A link about this chapter, as an absolute URL. */
  url?: string;
  /** Hidden from the list and from previous/next (Podcasting 2.0 `toc: false`): its image still shows. */
  isHidden?: boolean;
}

/** A chapter file that could not be read: which file, and what was expected. */
export class ChapterFileError extends Error {
  override readonly name = 'ChapterFileError';
  constructor(
    readonly file: string,
    detail: string,
    options?: ErrorOptions,
  ) {
    super(`Chapters ${file}: ${detail}`, options);
  }
}

/** Trims a title and folds runs of white space, as every chapter source needs. */
export function cleanTitle(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** An http(s) address `value` names against `base`, or undefined (no javascript:, no data:). */
export function webAddress(value: unknown, base: string | undefined): string | undefined {
  if (typeof value !== 'string' || value.trim() === '') return undefined;
  try {
    const url = base ? new URL(value.trim(), base) : new URL(value.trim());
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** Chapters in time order, duplicates (same start and title) dropped. */
export function sortChapters(chapters: readonly Chapter[]): Chapter[] {
  const seen = new Set<string>();
  return [...chapters]
    .sort((a, b) => a.start - b.start)
    .filter((chapter) => {
      const key = `${chapter.start}\u0000${chapter.title}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
}

/** The chapters shown in the list and stepped through by previous/next. */
export const visibleChapters = (chapters: readonly Chapter[]): Chapter[] =>
  chapters.filter((chapter) => !chapter.isHidden);

/**
 * The index in `chapters` (sorted) of the chapter playing at `time`: the last one started. A gap
 * between one chapter's end and the next one's start keeps the previous chapter (a list that
 * blinks empty for 1 ms helps nobody); before the first start there is none (-1).
 */
export function chapterIndexAt(chapters: readonly Chapter[], time: number): number {
  let low = 0;
  let high = chapters.length - 1;
  let found = -1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if ((chapters[middle] as Chapter).start <= time) {
      found = middle;
      low = middle + 1;
    } else high = middle - 1;
  }
  return found;
}

/**
 * The start to go to for "previous chapter" (-1) or "next chapter" (+1) from `time`, or undefined
 * when there is none. As with lines, "previous" more than 3 s into a chapter restarts it.
 */
export function chapterStepTarget(
  chapters: readonly Chapter[],
  time: number,
  direction: -1 | 1,
): number | undefined {
  const visible = visibleChapters(chapters);
  const now = chapterIndexAt(visible, time);
  if (direction > 0) return visible[now + 1]?.start;
  const current = visible[now];
  if (current && time - current.start > 3) return current.start;
  return visible[now - 1]?.start ?? (current ? current.start : undefined);
}

/**
 * Where each listed chapter's title goes in the transcript: the first line that starts at or after
 * the chapter (half a second early still counts). Keys are line indexes; a line that two chapters
 * fall on shows the later title. `starts` must be sorted (a cue index's running maximum).
 */
export function chapterHeadings(
  starts: ArrayLike<number>,
  chapters: readonly Chapter[],
): Map<number, string> {
  const headings = new Map<number, string>();
  for (const chapter of visibleChapters(chapters)) {
    if (chapter.title === '') continue;
    let low = 0;
    let high = starts.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if ((starts[middle] as number) < chapter.start - 0.5) low = middle + 1;
      else high = middle;
    }
    if (low < starts.length) headings.set(low, chapter.title);
  }
  return headings;
}
