/** WebVTT timestamps: "MM:SS.mmm" or "H+:MM:SS.mmm", minutes and seconds 0–59. */

/**
 * Collects one timestamp at the start of `text`, per the WebVTT rules; returns its value in
 * seconds and the text after it, or undefined when it is not a valid timestamp.
 */
export function parseVttTimestamp(text: string): { seconds: number; rest: string } | undefined {
  const match = /^(\d+):(\d+)(?::(\d+))?\.(\d+)/.exec(text);
  if (!match) return undefined;
  const [whole, first = '', second = '', third, fraction = ''] = match;
  // The first unit is hours when it is not exactly two digits, is over 59, or a third unit follows.
  const hasHours = third !== undefined || first.length !== 2 || Number(first) > 59;
  if (hasHours && third === undefined) return undefined;
  const [hours, minutes, seconds] = hasHours
    ? [first, second, third as string]
    : ['0', first, second];
  if (minutes.length !== 2 || seconds.length !== 2 || fraction.length !== 3) return undefined;
  if (Number(minutes) > 59 || Number(seconds) > 59) return undefined;
  return {
    // Whole milliseconds first, so 1.493 s is 1493 / 1000, not 1 + 0.493 with its rounding error.
    seconds:
      ((Number(hours) * 3600 + Number(minutes) * 60 + Number(seconds)) * 1000 + Number(fraction)) /
      1000,
    rest: text.slice(whole.length),
  };
}
