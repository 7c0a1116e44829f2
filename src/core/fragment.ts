/**
 * Times in page addresses: Media Fragments (`#t=12:37`, `#t=npt:3,7`) and YouTube-style query
 * parameters (`?t=757`, `?t=12m37s`). Reading never throws: garbage is reported, not raised.
 */
import { formatClock, spanEndSecond } from './time';

/** A moment (`end` undefined) or a range to play and stop. */
export interface TimeTarget {
  start: number;
  end?: number;
}

/** What an address says about time. */
export type TimeFragment =
  | { kind: 'none' }
  | ({ kind: 'time'; source: 'hash' | 'query' } & TimeTarget)
  | { kind: 'invalid'; text: string };

// Media Fragments npt: seconds with an optional fraction ("3", "3.", "3.5"), MM:SS and
// H:MM:SS with two-digit minutes and seconds. We also accept one-digit minutes ("2:37"),
// which is how people write times and how our own links read under ten minutes.
const NPT_SECONDS = /^(\d+)(?:\.(\d*))?$/;
const NPT_CLOCK = /^(?:(\d+):)?(\d{1,2}):(\d{2})(?:\.(\d*))?$/;
// YouTube: "757", "757s", "12m37s", "1h2m3s", "1h", "2m".
const YOUTUBE = /^(?:(\d+)h)?(?:(\d+)m)?(?:(\d+(?:\.\d+)?)s?)?$/;

function parseNptTime(text: string): number | undefined {
  const seconds = NPT_SECONDS.exec(text);
  if (seconds) return Number(`${seconds[1]}.${seconds[2] || '0'}`);
  const clock = NPT_CLOCK.exec(text);
  if (!clock) return undefined;
  const [, hours, minutes = '', secs = '', fraction] = clock;
  // With hours, minutes are exactly two digits; minutes and seconds stay below 60.
  if (hours !== undefined && minutes.length !== 2) return undefined;
  if (Number(secs) >= 60 || (hours !== undefined && Number(minutes) >= 60)) return undefined;
  return Number(hours ?? 0) * 3600 + Number(minutes) * 60 + Number(`${secs}.${fraction || '0'}`);
}

/** `[npt:]start[,end]` per Media Fragments; undefined when invalid (e.g. "3,", "7,3", "3,3"). */
export function parseNptRange(value: string): TimeTarget | undefined {
  const body = value.startsWith('npt:') ? value.slice(4) : value;
  const parts = body.split(',');
  if (parts.length > 2) return undefined;
  const [startText = '', endText] = parts;
  if (endText === '') return undefined;
  const start = startText === '' ? 0 : parseNptTime(startText);
  if (start === undefined) return undefined;
  if (endText === undefined) return startText === '' ? undefined : { start };
  const end = parseNptTime(endText);
  if (end === undefined || end <= start) return undefined;
  return { start, end };
}

/** A YouTube-style `t` value: seconds, "12m37s", "1h2m3s", or a clock "12:37". */
export function parseQueryTime(value: string): number | undefined {
  const match = YOUTUBE.exec(value);
  if (match && value !== '' && match.slice(1).some((part) => part !== undefined)) {
    const [, hours, minutes, seconds] = match;
    return Number(hours ?? 0) * 3600 + Number(minutes ?? 0) * 60 + Number(seconds ?? 0);
  }
  return parseNptTime(value);
}

function decode(text: string): string | undefined {
  try {
    return decodeURIComponent(text);
  } catch {
    return undefined;
  }
}

/** Every `t` value in a `name=value&…` list, percent-decoded, in order. */
function tValues(list: string): string[] {
  const values: string[] = [];
  for (const pair of list.split('&')) {
    const equals = pair.indexOf('=');
    if (equals < 0) continue;
    // Names and values are decoded separately: "%74=3" is t=3, but "t%3D3" is no pair at all.
    const name = decode(pair.slice(0, equals));
    const value = decode(pair.slice(equals + 1));
    if (name === 't' && value !== undefined) values.push(value);
  }
  return values;
}

/**
 * Reads the time an address asks for. The fragment wins over the query; within each, the last
 * valid `t` wins, as Media Fragments says.
 */
export function readTimeFragment(location: { hash: string; search: string }): TimeFragment {
  const hashValues = tValues(location.hash.replace(/^#/, '').replace(/#.*$/, ''));
  for (const value of [...hashValues].reverse()) {
    const range = parseNptRange(value);
    if (range) return { kind: 'time', source: 'hash', ...range };
  }
  const queryValues = tValues(location.search.replace(/^\?/, '').replace(/\+/g, '%20'));
  for (const value of [...queryValues].reverse()) {
    const start = parseQueryTime(value);
    if (start !== undefined) return { kind: 'time', source: 'query', start };
  }
  const rejected = [...hashValues, ...queryValues].at(-1);
  return rejected === undefined ? { kind: 'none' } : { kind: 'invalid', text: rejected };
}

/**
 * Checks a target against the audio's length: a start at or past the end is refused, and a
 * range end past it is cut to it.
 */
export function fitToDuration(target: TimeTarget, duration: number): TimeTarget | undefined {
  if (!(duration > 0) || target.start >= duration) return undefined;
  if (target.end === undefined) return { start: target.start };
  return { start: target.start, end: Math.min(target.end, duration) };
}

/** The canonical fragment our links use: "#t=12:37", "#t=1:02:03", "#t=12:37,13:05". */
export function formatTimeFragment(target: TimeTarget): string {
  const start = formatClock(target.start);
  if (target.end === undefined) return `#t=${start}`;
  return `#t=${start},${formatClock(spanEndSecond(target.end))}`;
}

/**
 * This page's address pointing at a time: the canonical fragment replaces any other, and a `t`
 * in the query is dropped; every other query parameter (another episode's URLs) is kept.
 */
export function linkToTime(href: string, target: TimeTarget): string {
  const url = new URL(href);
  url.searchParams.delete('t');
  url.hash = formatTimeFragment(target);
  return url.href;
}
