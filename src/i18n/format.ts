/**
 * Dates, durations and numbers in the page's language, through `Intl`. Media times (12:37) stay
 * clock times, as players show them in every language.
 */

interface DurationFormatLike {
  format(duration: { hours?: number; minutes?: number; seconds?: number }): string;
}
type DurationFormatConstructor = new (
  locale: string,
  options: { style: 'short' | 'long' | 'narrow' },
) => DurationFormatLike;

/** "1 hr, 2 min" / "1 Std., 2 Min." / "1時間2分": an episode's length, to the minute. */
export function formatDuration(seconds: number, language: string): string {
  const total = Math.max(0, Math.round(seconds / 60));
  const hours = Math.floor(total / 60);
  const minutes = total % 60;
  const DurationFormat = (Intl as unknown as { DurationFormat?: DurationFormatConstructor })
    .DurationFormat;
  if (DurationFormat) {
    const parts = hours > 0 ? { hours, minutes } : { minutes };
    return new DurationFormat(language, { style: 'short' }).format(parts);
  }
  const unit = (value: number, name: 'hour' | 'minute'): string =>
    new Intl.NumberFormat(language, { style: 'unit', unit: name, unitDisplay: 'short' }).format(
      value,
    );
  return hours > 0 ? `${unit(hours, 'hour')} ${unit(minutes, 'minute')}` : unit(minutes, 'minute');
}

/** A publication date: "12 Mar 2024", "12.03.2024", "2024/03/12". */
export function formatDate(date: Date | number, language: string): string {
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium' }).format(date);
}

/** A count or size: "100,000", "100.000", "100 000". */
export function formatNumber(value: number, language: string): string {
  return new Intl.NumberFormat(language).format(value);
}

/** A size on disk: "850 kB", "12 MB", "1.4 GB" (decimal units, as storage is sold). */
export function formatBytes(bytes: number, language: string): string {
  const units = ['byte', 'kilobyte', 'megabyte', 'gigabyte', 'terabyte'] as const;
  let value = Math.max(0, bytes);
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit += 1;
  }
  return new Intl.NumberFormat(language, {
    style: 'unit',
    unit: units[unit],
    unitDisplay: unit === 0 ? 'long' : 'short',
    maximumFractionDigits: value < 10 && unit > 0 ? 1 : 0,
  }).format(value);
}
