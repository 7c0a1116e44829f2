import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createCueIndex, cueIndexAt, wordIndexAt } from '../../src/core/locate';
import type { Cue } from '../../src/core/transcript';

const cuesAt = (...starts: number[]): Cue[] =>
  starts.map((start) => ({ start, end: start + 1, text: String(start) }));

/** What the binary search must agree with: the last cue, in file order, started by t. */
function linearIndexAt(cues: readonly Cue[], t: number): number {
  let found = -1;
  let max = Number.NEGATIVE_INFINITY;
  cues.forEach((cue, i) => {
    max = Math.max(max, cue.start);
    if (max <= t) found = i;
  });
  return found;
}

describe('cueIndexAt', () => {
  const index = createCueIndex(cuesAt(0, 3, 8, 8, 11));

  it.each([
    [-1, -1],
    [0, 0],
    [2.999, 0],
    [3, 1],
    [7.5, 1],
    [8, 3],
    [10.99, 3],
    [11, 4],
    [1e9, 4],
    [Number.NaN, -1],
  ])('at %d s is cue %d', (t, expected) => {
    expect(cueIndexAt(index, t)).toBe(expected);
  });

  it('is -1 before a transcript that starts late, and for no cues', () => {
    expect(cueIndexAt(createCueIndex(cuesAt(5)), 4)).toBe(-1);
    expect(cueIndexAt(createCueIndex([]), 4)).toBe(-1);
  });

  it('keeps file order when stamps go backwards, and still finds a cue', () => {
    const overlapping = createCueIndex(cuesAt(0, 1703, 1697, 1710));
    expect(cueIndexAt(overlapping, 1700)).toBe(0);
    expect(cueIndexAt(overlapping, 1705)).toBe(2);
    expect(cueIndexAt(overlapping, 1710)).toBe(3);
  });

  it('agrees with a linear scan for any cues and time', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 500 }), { maxLength: 60 }),
        fc.double({ min: -10, max: 600, noNaN: true }),
        (starts, t) => {
          const cues = cuesAt(...starts);
          expect(cueIndexAt(createCueIndex(cues), t)).toBe(linearIndexAt(cues, t));
        },
      ),
    );
  });
});

describe('wordIndexAt', () => {
  const words = [
    { start: 1, end: 1.4, text: 'Hee!' },
    { start: 1.5, end: 2, text: 'Hee!' },
  ];
  it.each([
    [0.5, -1],
    [1, 0],
    [1.45, 0],
    [1.5, 1],
    [9, 1],
  ])('at %d s is word %d', (t, expected) => {
    expect(wordIndexAt(words, t)).toBe(expected);
  });
});
