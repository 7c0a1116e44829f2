import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatClock, formatSpan, parseClock, spanEndSecond } from '../../src/core/time';

describe('parseClock', () => {
  it.each([
    ['0', 0],
    ['757', 757],
    ['12.5', 12.5],
    ['0:00', 0],
    ['0:38', 38],
    ['12:37', 757],
    ['75:00', 4500],
    ['1:02:03', 3723],
    ['1:02:03.5', 3723.5],
    ['01:02:03.250', 3723.25],
    ['100:00:00', 360000],
    [' 12:37 ', 757],
  ])('reads %j as %d seconds', (text, seconds) => {
    expect(parseClock(text)).toBeCloseTo(seconds, 9);
  });

  it.each([
    '',
    'abc',
    '12:',
    ':37',
    '12:60',
    '1:60:00',
    '1:00:60',
    '12:3',
    '-5',
    '1:2:3:4',
    '12:37.',
    '1e3',
    '12 37',
  ])('rejects %j', (text) => {
    expect(parseClock(text)).toBeUndefined();
  });

  it('reads back whatever formatClock writes, to the written precision', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 360_000_000 }),
        fc.integer({ min: 0, max: 3 }),
        (tenthsOfMs, digits) => {
          const seconds = tenthsOfMs / 10_000;
          const written = formatClock(seconds, digits);
          const read = parseClock(written);
          expect(read).toBeDefined();
          expect(seconds - (read as number)).toBeGreaterThanOrEqual(-1e-6);
          expect(seconds - (read as number)).toBeLessThan(10 ** -digits + 1e-6);
        },
      ),
    );
  });
});

describe('formatClock', () => {
  it.each([
    [0, '0:00'],
    [0.999, '0:00'],
    [59.9, '0:59'],
    [60, '1:00'],
    [757, '12:37'],
    [2989.92, '49:49'],
    [3599, '59:59'],
    [3600, '1:00:00'],
    [3723.5, '1:02:03'],
    [-4, '0:00'],
    [Number.NaN, '0:00'],
    [Number.POSITIVE_INFINITY, '0:00'],
  ])('writes %d as %j', (seconds, text) => {
    expect(formatClock(seconds)).toBe(text);
  });

  it('writes fractions when asked', () => {
    expect(formatClock(3723.5, 1)).toBe('1:02:03.5');
    expect(formatClock(1.05, 2)).toBe('0:01.05');
    expect(formatClock(0.1 + 0.2, 1)).toBe('0:00.3');
  });
});

describe('spans of speech', () => {
  it.each([
    [757, 785, '12:37–13:05'],
    [757.2, 784.1, '12:37–13:05'],
    [757, 784.9999999, '12:37–13:05'],
    [0, 0.4, '0:00–0:01'],
  ])('%d–%d s reads %s, ending on the second after the last word', (start, end, text) => {
    expect(formatSpan(start, end)).toBe(text);
  });

  it('a whole second end stays that second', () => {
    expect(spanEndSecond(785)).toBe(785);
    expect(spanEndSecond(785.01)).toBe(786);
  });
});
