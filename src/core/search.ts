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
 * What a search over one side of the listener's line found, for the next keystroke to start from:
 * every occurrence (in transcript order) in the part of the text it examined. Ahead of the line
 * that part runs from the line's start up to `reached`; behind it, from `reached` (always a line's
 * start) up to the line.
 */
export interface SearchSide {
  readonly positions: readonly number[];
  readonly reached: number;
}

/** What a search leaves for the next keystroke: the folded query, its line's start, both sides. */
export interface SearchTrail {
  readonly index: SearchIndex;
  readonly needle: string;
  readonly start: number;
  readonly ahead: SearchSide;
  readonly behind: SearchSide;
}

/**
 * How many matches a search keeps: like a browser's find bar (Firefox stops counting at 1,000),
 * beyond this a count says only "more than"; and a keystroke that finds a common letter stays fast.
 */
export const SEARCH_LIMIT = 1000;

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
 * The previous keystroke's trail, when `needle` can be found from it: every occurrence of a
 * shorter query it extends lies where one of that query's did, as long as that query's
 * occurrences cannot overlap (so none was skipped) and it was searched from the same line. Then
 * only those places are checked, and the text beyond what that query examined.
 */
function usableTrail(
  trail: SearchTrail | undefined,
  index: SearchIndex,
  needle: string,
  start: number,
): SearchTrail | null {
  if (!trail || trail.index !== index || trail.start !== start || trail.needle === '') return null;
  if (needle.length <= trail.needle.length || !needle.startsWith(trail.needle)) return null;
  return hasBorder(trail.needle) ? null : trail;
}

/**
 * The occurrences among `candidates` (rising), taken left to right without overlaps, as a scan
 * from the first of them would take them.
 */
function occurrencesAmong(text: string, needle: string, candidates: readonly number[]): number[] {
  const found: number[] = [];
  let next = 0;
  for (const at of candidates) {
    if (at < next || !text.startsWith(needle, at)) continue;
    found.push(at);
    next = at + needle.length;
  }
  return found;
}

/**
 * Ahead of the listener: the occurrences from `start` on, in order, until `want` are found (or
 * the text ends). An occurrence past the last found may start anywhere after it: `reached` is
 * just past the last one's start when the search stopped early, the text's end otherwise.
 */
function searchAhead(
  text: string,
  needle: string,
  start: number,
  want: number,
  previous: SearchSide | null,
): SearchSide {
  const positions = previous ? occurrencesAmong(text, needle, previous.positions) : [];
  const last = positions.at(-1);
  let from = last === undefined ? start : last + needle.length;
  if (previous) from = Math.max(from, previous.reached);
  while (positions.length < want) {
    const at = text.indexOf(needle, from);
    if (at < 0) return { positions, reached: text.length };
    positions.push(at);
    from = at + needle.length;
  }
  positions.length = want;
  return { positions, reached: (positions[want - 1] as number) + 1 };
}

/**
 * Behind the listener: the occurrences in the lines before the one at `start`, nearest line
 * first, whole lines at a time (so each line's occurrences are counted as a scan of it counts
 * them), until at least `want` are found or the first line is reached.
 */
function searchBehind(
  index: SearchIndex,
  needle: string,
  start: number,
  want: number,
  previous: SearchSide | null,
): SearchSide {
  const { folded: text, cueOffsets } = index;
  // Lines found, nearest first; each line's occurrences rising.
  const lines: number[][] = [];
  let count = 0;
  let reached = start;
  if (previous) {
    const kept = occurrencesAmong(text, needle, previous.positions);
    lines.push(kept);
    count = kept.length;
    reached = previous.reached;
  }
  while (count < want && reached > 0) {
    // Lines end in "\n", which no query holds: an occurrence before a line's start is in an
    // earlier line.
    const at = text.lastIndexOf(needle, reached - 1);
    if (at < 0) {
      reached = 0;
      break;
    }
    const cue = cueAtOffset(index, at, 0);
    const lineStart = cueOffsets[cue] as number;
    const line: number[] = [];
    // Nothing lies between this line and `reached`: what is found before it is in this line.
    for (let i = text.indexOf(needle, lineStart); i >= 0 && i < reached;) {
      line.push(i);
      i = text.indexOf(needle, i + needle.length);
    }
    lines.push(line);
    count += line.length;
    reached = lineStart;
  }
  return { positions: lines.reverse().flat(), reached };
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
 * Every occurrence of `query`, in transcript order: with more than `limit`, the `limit` nearest
 * line `fromCue` (the listener's), half before it and half from it on, or more on one side when
 * the other has fewer; so "previous" from the listener's line goes to the match just before it.
 * Matches do not overlap, and never span two lines. Given the trail of the previous keystroke's
 * search, a query that extends it looks only where that one matched (typing a word narrows, it
 * does not rescan).
 */
export function searchTranscript(
  index: SearchIndex,
  query: string,
  limit = SEARCH_LIMIT,
  previous?: SearchTrail,
  fromCue = 0,
): SearchResult & { trail: SearchTrail } {
  const needle = foldQuery(query);
  const last = index.cueOffsets.length - 1;
  const start = last < 0 ? 0 : (index.cueOffsets[Math.min(last, Math.max(0, fromCue))] as number);
  if (needle === '') {
    const none = { positions: [], reached: start };
    return {
      matches: [],
      isCapped: false,
      trail: { index, needle, start, ahead: none, behind: none },
    };
  }
  const trail = usableTrail(previous, index, needle, start);
  // One more than can be kept on each side tells whether there were more.
  const ahead = searchAhead(index.folded, needle, start, limit + 1, trail?.ahead ?? null);
  const behindRoom = limit - Math.min(ahead.positions.length, Math.ceil(limit / 2));
  const behind = searchBehind(index, needle, start, behindRoom + 1, trail?.behind ?? null);
  const behindKept = Math.min(behind.positions.length, behindRoom);
  const aheadKept = Math.min(ahead.positions.length, limit - behindKept);
  // Counted from whole lines, so that each match knows which in its line it is, then cut.
  const all = matchesAt(index, behind.positions.concat(ahead.positions.slice(0, aheadKept)));
  return {
    matches: all.slice(behind.positions.length - behindKept),
    isCapped: behindKept < behind.positions.length || aheadKept < ahead.positions.length,
    trail: { index, needle, start, ahead, behind },
  };
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
