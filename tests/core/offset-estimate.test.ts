import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  EnvelopeAccumulator,
  estimateOffset,
  speechOnsets,
  type ActivityEnvelope,
} from '../../src/core/offset-estimate';
import { formatOffset, normalizeOffset, shiftTranscript } from '../../src/core/offset';

const RATE = 25;

/** An envelope with speech from each start (plus `shift`) for `length` s, quiet noise between. */
function speechAt(
  starts: readonly number[],
  shift: number,
  seconds: number,
  { length = 2, noise = 1e-5, seed = 1 } = {},
): ActivityEnvelope {
  let state = seed;
  const random = (): number => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return state / 2 ** 31;
  };
  const power = new Float32Array(Math.round(seconds * RATE));
  for (let i = 0; i < power.length; i++) power[i] = noise * (0.5 + random());
  for (const start of starts) {
    const from = Math.round((start + shift) * RATE);
    for (let i = from; i < Math.min(power.length, from + length * RATE); i++) {
      if (i >= 0) power[i] = 0.05 * (0.5 + random());
    }
  }
  return { rate: RATE, power };
}

/** Line starts as a talk might have them: 3 to 9 s apart. */
function talk(count: number, seed = 7): number[] {
  let state = seed;
  const starts: number[] = [];
  let at = 1;
  for (let i = 0; i < count; i++) {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    at += 3 + (state / 2 ** 31) * 6;
    starts.push(Math.round(at * 100) / 100);
  }
  return starts;
}

describe('the offset suggestion', () => {
  it('finds 30 s of silence put before the speech', () => {
    const starts = talk(150);
    const estimate = estimateOffset(speechAt(starts, 30, 1200), starts);
    expect(estimate?.offset).toBeCloseTo(30, 1);
    expect(estimate?.matched).toBeGreaterThan(0.8);
  });

  it('finds a transcript that runs late, and no shift where there is none', () => {
    const starts = talk(150);
    expect(estimateOffset(speechAt(starts, -12.4, 1200), starts)?.offset).toBeCloseTo(-12.4, 1);
    expect(Math.abs(estimateOffset(speechAt(starts, 0, 1200), starts)?.offset ?? 0)).toBeLessThan(
      0.1,
    );
  });

  it('offers nothing for audio without pauses, or a transcript of other audio', () => {
    const starts = talk(150);
    const constant = { rate: RATE, power: new Float32Array(1200 * RATE).fill(0.05) };
    expect(estimateOffset(constant, starts)).toBeNull();
    const unrelated = talk(150, 99);
    expect(estimateOffset(speechAt(unrelated, 0, 1200), starts)).toBeNull();
  });

  it('property: any shift within the range is found within 0.1 s', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -170, max: 170, noNaN: true }),
        fc.integer({ min: 1, max: 1000 }),
        (shift, seed) => {
          const starts = talk(120, seed);
          const estimate = estimateOffset(speechAt(starts, shift, 1100, { seed }), starts);
          expect(estimate).not.toBeNull();
          expect(Math.abs((estimate?.offset ?? NaN) - shift)).toBeLessThan(0.1);
        },
      ),
      { numRuns: 25 },
    );
  });

  it('onsets need a pause before them', () => {
    const envelope = speechAt([1, 1.1, 10], 0, 20, { length: 1 });
    expect(speechOnsets(envelope)).toEqual([25, 250]);
  });

  it('accumulates the envelope from decoded samples, frame by frame, up to its limit', () => {
    const accumulator = new EnvelopeAccumulator(RATE, 2);
    const loud = new Float32Array(8000).fill(0.5);
    accumulator.add(loud, 0, 8000);
    accumulator.add(new Float32Array(8000), 1, 8000);
    accumulator.add(loud, 5, 8000);
    const { power } = accumulator.result();
    expect(power.length).toBe(50);
    expect(power[0]).toBeCloseTo(0.25);
    expect(power[30]).toBe(0);
    expect(accumulator.isFull()).toBe(true);
  });
});

describe('the transcript offset', () => {
  const transcript = {
    cues: [
      { start: 1, end: 3, text: 'a', words: [{ start: 1, end: 2, text: 'a' }] },
      { start: 60, end: Number.POSITIVE_INFINITY, text: 'b' },
    ],
  };

  it('shifts every line and word; an open end stays open; nothing goes before 0', () => {
    expect(shiftTranscript(transcript, 30).cues).toEqual([
      { start: 31, end: 33, text: 'a', words: [{ start: 31, end: 32, text: 'a' }] },
      { start: 90, end: Number.POSITIVE_INFINITY, text: 'b' },
    ]);
    expect(shiftTranscript(transcript, -2).cues[0]).toMatchObject({ start: 0, end: 1 });
    expect(shiftTranscript(transcript, 0)).toBe(transcript);
  });

  it('keeps tenths within an hour either way, and writes them for people', () => {
    expect(normalizeOffset(30.24)).toBe(30.2);
    expect(normalizeOffset(-0.04)).toBe(0);
    expect(Object.is(normalizeOffset(-0.04), -0)).toBe(false);
    expect(normalizeOffset(1e9)).toBe(3600);
    expect(normalizeOffset(Number.NaN)).toBe(0);
    expect(formatOffset(30.2)).toBe('+30.2 s');
    expect(formatOffset(-2.5)).toBe('\u22122.5 s');
  });

  it('property: shifting by o then by −o gives the lines back (where none was clamped)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 100, max: 1e4, noNaN: true }), { minLength: 1, maxLength: 30 }),
        fc.double({ min: -99, max: 99, noNaN: true }),
        (times, offset) => {
          const cues = [...times]
            .sort((a, b) => a - b)
            .map((t) => ({ start: t, end: t + 1, text: 'x' }));
          const back = shiftTranscript(shiftTranscript({ cues }, offset), -offset);
          back.cues.forEach((cue, i) => expect(cue.start).toBeCloseTo(cues[i]?.start ?? NaN, 6));
        },
      ),
    );
  });
});
