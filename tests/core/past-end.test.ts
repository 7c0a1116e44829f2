import { describe, expect, it } from 'vitest';
import { countCuesPastEnd } from '../../src/core/past-end';

describe('lines past the end of the audio', () => {
  const cues = [0, 10, 20, 30].map((start) => ({ start, end: start + 10, text: 'x' }));
  it.each([
    [25, 1],
    [30, 1],
    [31, 0],
    [5, 3],
    [0, 0],
    [Number.POSITIVE_INFINITY, 0],
  ])('with audio %d s long, %d start after it', (duration, count) => {
    expect(countCuesPastEnd(cues, duration)).toBe(count);
  });
});
