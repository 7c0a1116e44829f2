import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { peaksFromTranscript } from '../../src/core/transcript-peaks';
import type { Cue } from '../../src/core/transcript';

const line = (start: number, end: number, text: string, speaker?: string): Cue => ({
  start,
  end,
  text,
  ...(speaker ? { speaker } : {}),
});

describe('a seek bar drawn from the transcript', () => {
  it('is flat where nobody speaks and tall where lines are spoken quickly', () => {
    const peaks = peaksFromTranscript(
      [
        line(
          0,
          10,
          'one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty twenty-one twenty-two twenty-three twenty-four twenty-five twenty-six twenty-seven twenty-eight twenty-nine thirty thirty-one thirty-two thirty-three thirty-four thirty-five',
        ),
        line(20, 30, 'slow words only'),
      ],
      40,
      4,
    );
    expect(peaks[0]).toBeCloseTo(1);
    expect(peaks[1]).toBe(0);
    expect(peaks[2]).toBeGreaterThan(0.2);
    expect(peaks[2]).toBeLessThan(0.5);
    expect(peaks[3]).toBe(0);
  });

  it('notches the bar where a new speaker takes over', () => {
    const peaks = peaksFromTranscript(
      [
        line(0, 10, 'a b c d e f g h i j k l m n o p q r s t u v w x y z a b c d e f g h i', 'A'),
        line(10, 20, 'a b c d e f g h i j k l m n o p q r s t u v w x y z a b c d e f g h i', 'B'),
        line(20, 30, 'a b c d e f g h i j k l m n o p q r s t u v w x y z a b c d e f g h i', 'B'),
      ],
      30,
      3,
    );
    expect(peaks[0]).toBeCloseTo(1);
    expect(peaks[1]).toBeLessThan(0.1);
    expect(peaks[2]).toBeCloseTo(1);
  });

  it('always gives the asked number of bars, each from 0 to 1, for any cues', () => {
    const time = fc.double({ min: -10, max: 1e5, noNaN: true });
    const cue = fc
      .record({ start: time, end: fc.oneof(time, fc.constant(Number.NaN)), text: fc.string() })
      .map((c) => ({ ...c }));
    fc.assert(
      fc.property(
        fc.array(cue, { maxLength: 50 }),
        fc.double({ min: 0, max: 1e5, noNaN: true }),
        fc.integer({ min: 0, max: 300 }),
        (cues, duration, bars) => {
          const peaks = peaksFromTranscript(cues, duration, bars);
          expect(peaks).toHaveLength(bars);
          for (const peak of peaks) expect(peak >= 0 && peak <= 1).toBe(true);
        },
      ),
    );
  });
});
