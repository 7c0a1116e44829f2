/**
 * Search inside a transcript: case- and accent-insensitive, over the data (not the DOM), so it
 * finds lines that are not rendered. The index is built once; a query scans one folded string,
 * as a substring: words need no spaces between them (Japanese, Chinese, Thai), and Arabic matches
 * with or without its vowel marks.
 */
import type { Cue } from './transcript';

/** One occurrence of the query: in which cue, and which occurrence within that cue. */
export interface SearchMatch {
  cueIndex: number;
  occurrence: number;
}

/** A transcript prepared for searching. */
export interface SearchIndex {
  /** Every cue's folded text, joined with "\n" (a query never contains one). */
  readonly folded: string;
  /** Where each cue's folded text starts in `folded`. */
  readonly cueOffsets: Int32Array;
}

/** The result of one query. `isCapped` when there were more than `limit` matches. */
export interface SearchResult {
  matches: SearchMatch[];
  isCapped: boolean;
}

/**
 * What a search leaves for the next keystroke to start from: the folded query, where the scan
 * started (a line's start), where each match starts in the order it was found, and how many
 * characters from the start (going round past the text's end to its beginning) were scanned: all
 * of them, or up to the first occurrence past the cap.
 */
export interface SearchTrail {
  readonly index: SearchIndex;
  readonly needle: string;
  readonly start: number;
  readonly positions: readonly number[];
  readonly scanned: number;
}

// Accents and other combining marks (Arabic and Hebrew vowel signs among them), and the Arabic
// tatweel that only stretches a word: none changes which word it is.
const MARKS = /[\p{M}\u0640]/gu;
// Printable ASCII and common white space fold by lower-casing alone: the fast path.
const PLAIN_ASCII = /^[ -~\t\n\r]*$/;
const foldedChars = new Map<string, string>();

/**
 * One character folded: lower case, accents and vowel marks removed ("É" → "e", "أ" → "ا",
 * "بِ" → "ب"; "ﬁ" stays itself).
 */
function foldChar(char: string): string {
  let folded = foldedChars.get(char);
  if (folded === undefined) {
    folded = char.toLowerCase().normalize('NFD').replace(MARKS, '');
    foldedChars.set(char, folded);
  }
  return folded;
}

/**
 * Folds text for comparison, character by character (so positions can be mapped back).
 * `map[i]` is the index in `text` of the character that produced folded position i.
 */
export function foldText(text: string): { folded: string; map: number[] | null } {
  if (PLAIN_ASCII.test(text)) return { folded: text.toLowerCase(), map: null };
  let folded = '';
  const map: number[] = [];
  let i = 0;
  for (const char of text) {
    const piece = foldChar(char);
    folded += piece;
    for (let k = 0; k < piece.length; k++) map.push(i);
    i += char.length;
  }
  return { folded, map };
}

/** Folds a query the same way; white space is trimmed, and a run of it counts as one space. */
export function foldQuery(query: string): string {
  return foldText(query.trim().replace(/\s+/g, ' ')).folded;
}

/** Folds a line for searching: like foldText, with every white-space character made a space. */
function foldLine(text: string): { folded: string; map: number[] | null } {
  return foldText(text.replace(/\s/g, ' '));
}

/** Builds the index: O(total text). */
export function createSearchIndex(cues: readonly Cue[]): SearchIndex {
  const cueOffsets = new Int32Array(cues.length);
  const parts: string[] = [];
  let offset = 0;
  cues.forEach((cue, i) => {
    cueOffsets[i] = offset;
    const { folded } = foldLine(cue.text);
    parts.push(folded);
    offset += folded.length + 1;
  });
  return { folded: parts.join('\n'), cueOffsets };
}

/**
 * The cue whose folded text contains position `at`, searching forward from cue `from` (matches
 * come in order): galloping, then binary search, so near matches cost a step or two and far ones
 * a logarithm.
 */
function cueAtOffset(index: SearchIndex, at: number, from: number): number {
  const offsets = index.cueOffsets;
  const last = offsets.length - 1;
  let low = Math.max(0, from);
  let step = 1;
  while (low + step <= last && (offsets[low + step] as number) <= at) {
    low += step;
    step *= 2;
  }
  let high = Math.min(last, low + step - 1);
  while (low < high) {
    const mid = (low + high + 1) >>> 1;
    if ((offsets[mid] as number) <= at) low = mid;
    else high = mid - 1;
  }
  return low;
}

/** Whether some proper prefix of `needle` is also its suffix (then its occurrences can overlap). */
function hasBorder(needle: string): boolean {
  for (let k = 1; k < needle.length; k++) {
    if (needle.endsWith(needle.slice(0, k))) return true;
  }
  return false;
}

/**
 * Where the occurrences of `needle` may be: every occurrence of a shorter query it extends lies
 * where one of that query's did, as long as that query's occurrences cannot overlap (so none
 * was skipped) and its scan started at the same place. Then only those places are checked, and
 * the text past what that query knew.
 */
function candidatesFrom(
  trail: SearchTrail | undefined,
  index: SearchIndex,
  needle: string,
  start: number,
): SearchTrail | null {
  if (!trail || trail.index !== index || trail.start !== start || trail.needle === '') return null;
  if (needle.length <= trail.needle.length || !needle.startsWith(trail.needle)) return null;
  return hasBorder(trail.needle) ? null : trail;
}

/** The matches at `positions` (in transcript order): their lines, and which in each line. */
function matchesAt(index: SearchIndex, positions: readonly number[]): SearchMatch[] {
  let lastCue = -1;
  let occurrence = 0;
  const matches = new Array<SearchMatch>(positions.length);
  for (let i = 0; i < positions.length; i++) {
    const cueIndex = cueAtOffset(index, positions[i] as number, lastCue);
    occurrence = cueIndex === lastCue ? occurrence + 1 : 0;
    lastCue = cueIndex;
    matches[i] = { cueIndex, occurrence };
  }
  return matches;
}

/**
 * Where the positions found before `start` begin in `found`: found in scan order, they are those
 * from `start` on, rising, then those before it, rising; so a binary search finds the turn.
 */
function wrapIndex(found: readonly number[], start: number): number {
  let low = 0;
  let high = found.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((found[mid] as number) < start) high = mid;
    else low = mid + 1;
  }
  return low;
}

/**
 * Every occurrence of `query` in transcript order, at most `limit` of them: the first `limit`
 * found going from line `fromCue` to the end, then on from the first line (so a capped search
 * finds what is near the listener, not only what is near the start). Matches do not overlap, and
 * never span two lines. Given the trail of the previous keystroke's search, a query that extends
 * it looks only where that one matched (typing a word narrows, it does not rescan).
 */
export function searchTranscript(
  index: SearchIndex,
  query: string,
  limit = 10_000,
  previous?: SearchTrail,
  fromCue = 0,
): SearchResult & { trail: SearchTrail } {
  const needle = foldQuery(query);
  const text = index.folded;
  const { length } = text;
  const last = index.cueOffsets.length - 1;
  const start = last < 0 ? 0 : (index.cueOffsets[Math.min(last, Math.max(0, fromCue))] as number);
  // Offsets in scan order: from `start` to the end, then from the beginning up to `start`.
  const ahead = length - start;
  const scanOffset = (at: number): number => (at >= start ? at - start : at + ahead);
  const found: number[] = [];
  const done = (isCapped: boolean, scanned: number) => {
    // Found from `start` on, then before it: in transcript order, those before come first.
    const wrapped = wrapIndex(found, start);
    const ordered =
      wrapped === 0 || wrapped === found.length
        ? found
        : found.slice(wrapped).concat(found.slice(0, wrapped));
    return {
      matches: matchesAt(index, ordered),
      isCapped,
      trail: { index, needle, start, positions: found, scanned },
    };
  };
  if (needle === '') return done(false, length);
  /** Notes a match at `at`; false when it is one past the cap. */
  const add = (at: number): boolean => {
    if (found.length === limit) return false;
    found.push(at);
    return true;
  };

  // Scanned up to here (a scan offset); an occurrence must start at or after it (no overlaps).
  let next = 0;
  const narrowed = candidatesFrom(previous, index, needle, start);
  if (narrowed) {
    for (const at of narrowed.positions) {
      const offset = scanOffset(at);
      if (offset < next || !text.startsWith(needle, at)) continue;
      if (!add(at)) return done(true, offset);
      next = offset + needle.length;
    }
    if (narrowed.scanned >= length) return done(false, length);
    next = Math.max(narrowed.scanned, next);
  }
  while (next < length) {
    // Lines never join (the text separates them with "\n", which no query holds), so no
    // occurrence runs across `start` or the text's end.
    const isAhead = next < ahead;
    const at = text.indexOf(needle, isAhead ? start + next : next - ahead);
    if (isAhead && at < 0) {
      next = ahead;
      continue;
    }
    if (!isAhead && (at < 0 || at >= start)) break;
    const offset = scanOffset(at);
    if (!add(at)) return done(true, offset);
    next = offset + needle.length;
  }
  return done(false, length);
}

/**
 * Where `query` occurs in one line, as [start, end) ranges of the original text: the same
 * occurrences, in the same order, that searchTranscript counts for that line.
 */
export function findInText(text: string, query: string): Array<[number, number]> {
  const needle = foldQuery(query);
  if (needle === '') return [];
  const { folded, map } = foldLine(text);
  const original = (i: number): number =>
    i >= folded.length ? text.length : map ? (map[i] as number) : i;
  const ranges: Array<[number, number]> = [];
  for (let at = folded.indexOf(needle); at >= 0; at = folded.indexOf(needle, at + needle.length)) {
    ranges.push([original(at), original(at + needle.length)]);
  }
  return ranges;
}
