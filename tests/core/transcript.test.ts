import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { closeCueEnds, type Cue } from '../../src/core/transcript';

const open = (start: number, text = `at ${start}`): Cue => ({ start, end: Number.NaN, text });

describe('closeCueEnds', () => {
  it('ends each cue where the next begins, and the last at the duration', () => {
    const cues = closeCueEnds([open(0), open(3), open(8)], 10);
    expect(cues.map((c) => [c.start, c.end])).toEqual([
      [0, 3],
      [3, 8],
      [8, 10],
    ]);
  });

  it('leaves the last cue open-ended without a duration', () => {
    expect(closeCueEnds([open(0), open(5)])[1]?.end).toBe(Number.POSITIVE_INFINITY);
  });

  it('gives cues that share a stamp the span up to the next later stamp', () => {
    const cues = closeCueEnds([open(0), open(2), open(2), open(6)], 9);
    expect(cues.map((c) => c.end)).toEqual([2, 6, 6, 9]);
  });

  it('ends a cue followed by a stamp that goes backwards at the next later stamp', () => {
    const cues = closeCueEnds([open(10), open(20), open(15), open(30)], 40);
    expect(cues.map((c) => c.end)).toEqual([20, 30, 30, 40]);
  });

  it('keeps ends that are already known, clamped to the duration', () => {
    const cues = closeCueEnds(
      [
        { start: 0, end: 1.5, text: 'a' },
        { start: 2, end: 50, text: 'b' },
      ],
      10,
    );
    expect(cues.map((c) => c.end)).toEqual([1.5, 10]);
  });

  it('never ends a cue before it starts, whatever the input', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0, max: 10_000, noNaN: true })),
        fc.double({ min: 0, max: 20_000, noNaN: true }),
        (starts, duration) => {
          const cues = closeCueEnds(
            starts.map((s) => open(s)),
            duration,
          );
          cues.forEach((cue, i) => {
            expect(cue.start).toBe(starts[i]);
            expect(cue.end).toBeGreaterThanOrEqual(cue.start);
            if (cue.start <= duration) expect(cue.end).toBeLessThanOrEqual(duration);
          });
        },
      ),
    );
  });
});
