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

/** The cue whose folded text contains position `at`: binary search over the offsets. */
function cueAtOffset(index: SearchIndex, at: number): number {
  let low = 0;
  let high = index.cueOffsets.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >>> 1;
    if ((index.cueOffsets[mid] as number) <= at) low = mid;
    else high = mid - 1;
  }
  return low;
}

/**
 * Every occurrence of `query` in transcript order, at most `limit` of them. Matches do not
 * overlap, and never span two cues.
 */
export function searchTranscript(index: SearchIndex, query: string, limit = 10_000): SearchResult {
  const needle = foldQuery(query);
  const matches: SearchMatch[] = [];
  if (needle === '') return { matches, isCapped: false };
  let lastCue = -1;
  let occurrence = 0;
  for (
    let at = index.folded.indexOf(needle);
    at >= 0;
    at = index.folded.indexOf(needle, at + needle.length)
  ) {
    if (matches.length === limit) return { matches, isCapped: true };
    const cueIndex = cueAtOffset(index, at);
    occurrence = cueIndex === lastCue ? occurrence + 1 : 0;
    lastCue = cueIndex;
    matches.push({ cueIndex, occurrence });
  }
  return { matches, isCapped: false };
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
