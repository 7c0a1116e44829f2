/** Clock strings ("12:37", "1:02:03.5") to and from seconds. Time is always seconds as a number. */

const CLOCK = /^(?:(\d+):)?(\d{1,2}):(\d{2})(?:\.(\d+))?$/;

/**
 * Reads "SS", "M:SS", "MM:SS", "H:MM:SS" and any of them with a decimal fraction.
 * Returns undefined for anything else, including minutes or seconds of 60 or more
 * when a larger unit is present.
 */
export function parseClock(text: string): number | undefined {
  const trimmed = text.trim();
  if (/^\d+(?:\.\d+)?$/.test(trimmed)) return Number(trimmed);
  const match = CLOCK.exec(trimmed);
  if (!match) return undefined;
  const [, hoursText, minutesText = '0', secondsText = '0', fractionText] = match;
  const hours = hoursText === undefined ? 0 : Number(hoursText);
  const minutes = Number(minutesText);
  const seconds = Number(secondsText);
  // Only the leading unit may overflow: "75:00" is 75 minutes, "1:75:00" is nonsense.
  if (seconds >= 60) return undefined;
  if (hoursText !== undefined && minutes >= 60) return undefined;
  const fraction = fractionText === undefined ? 0 : Number(`0.${fractionText}`);
  return hours * 3600 + minutes * 60 + seconds + fraction;
}

const pad2 = (n: number): string => String(n).padStart(2, '0');

/**
 * Formats seconds as "M:SS" or "H:MM:SS", rounding down to the whole second
 * (a player shows 0:59 until the 60th second has really passed).
 * `fractionDigits` adds a decimal part, e.g. 3723.5 → "1:02:03.5".
 */
export function formatClock(seconds: number, fractionDigits = 0): string {
  const safe = Number.isFinite(seconds) && seconds > 0 ? seconds : 0;
  const scale = 10 ** fractionDigits;
  const totalUnits = Math.floor(safe * scale + 1e-6);
  const whole = Math.floor(totalUnits / scale);
  const hours = Math.floor(whole / 3600);
  const minutes = Math.floor((whole % 3600) / 60);
  const secs = whole % 60;
  const fraction =
    fractionDigits > 0 ? `.${String(totalUnits % scale).padStart(fractionDigits, '0')}` : '';
  const tail = `${pad2(secs)}${fraction}`;
  return hours > 0 ? `${hours}:${pad2(minutes)}:${tail}` : `${minutes}:${tail}`;
}

/**
 * The second a span of speech ends on, as links and labels write it: the second after its last
 * word (12:37.2–13:04.1 is "12:37–13:05"), so a listener who follows it hears the whole of it.
 */
export function spanEndSecond(end: number): number {
  return Math.ceil(end - 1e-6);
}

/** "12:37–13:05": a span of speech as people read it. */
export function formatSpan(start: number, end: number): string {
  return `${formatClock(start)}–${formatClock(spanEndSecond(end))}`;
}
