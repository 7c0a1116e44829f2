import { describe, expect, it } from 'vitest';
import { formatBytes, formatDate, formatDuration, formatNumber } from '../../src/i18n/format';

describe('sizes, numbers, durations and dates in the page language', () => {
  it('sizes in decimal units, one decimal below ten', () => {
    expect(formatBytes(0, 'en')).toBe('0 bytes');
    expect(formatBytes(999, 'en')).toBe('999 bytes');
    expect(formatBytes(2_504_000, 'en')).toBe('2.5 MB');
    expect(formatBytes(12_000_000, 'en')).toBe('12 MB');
    expect(formatBytes(11_400_000_000, 'en')).toBe('11 GB');
    expect(formatBytes(2_504_000, 'de')).toBe('2,5 MB');
    expect(formatBytes(-5, 'en')).toBe('0 bytes');
  });

  it('numbers and dates follow the language', () => {
    expect(formatNumber(100000, 'de')).toBe('100.000');
    expect(formatNumber(100000, 'en')).toBe('100,000');
    expect(formatDate(Date.UTC(2026, 10, 29, 12), 'en')).toBe('Nov 29, 2026');
  });

  it('an episode length to the minute', () => {
    expect(formatDuration(3720, 'en')).toMatch(/^1 hr,? 2 min$/);
    expect(formatDuration(59 * 60, 'en')).toBe('59 min');
  });
});
