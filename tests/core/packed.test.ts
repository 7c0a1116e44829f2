import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse as parsePodcastJson } from '../../src/core/formats/podcast-json';
import { packTranscript, unpackTranscript } from '../../src/core/packed';
import type { Cue, Transcript, Word } from '../../src/core/transcript';
import { readFixture } from '../helpers/files';

const time = fc.double({ min: 0, max: 1e6, noNaN: true });
// Spread into plain objects: fast-check's records have no prototype, and toStrictEqual minds.
const word: fc.Arbitrary<Word> = fc
  .record({ start: time, end: time, text: fc.string() })
  .map((w) => ({ ...w }));
const cue: fc.Arbitrary<Cue> = fc
  .record({
    start: time,
    end: fc.oneof(time, fc.constant(Number.POSITIVE_INFINITY)),
    text: fc.string({ unit: 'grapheme' }),
    speaker: fc.option(fc.constantFrom('Michael', 'Armin', '', 'Ünïcode 🎙'), { nil: undefined }),
    words: fc.option(fc.array(word, { maxLength: 5 }), { nil: undefined }),
  })
  .map(({ speaker, words, ...rest }) => {
    const result: Cue = { ...rest };
    if (speaker !== undefined) result.speaker = speaker;
    if (words !== undefined) result.words = words;
    return result;
  });
const skipped = fc.record({
  count: fc.nat(),
  first: fc.array(
    fc.record({ line: fc.nat(), detail: fc.string() }).map((place) => ({ ...place })),
    { maxLength: 5 },
  ),
});
const transcript: fc.Arbitrary<Transcript> = fc
  .record({
    title: fc.option(fc.string(), { nil: undefined }),
    cues: fc.array(cue),
    skipped: fc.option(skipped, { nil: undefined }),
  })
  .map(({ title, cues, skipped: lost }) => ({
    ...(title === undefined ? {} : { title }),
    cues,
    ...(lost === undefined ? {} : { skipped: { ...lost } }),
  }));

describe('packTranscript / unpackTranscript', () => {
  it('give back exactly the transcript, for any transcript', () => {
    fc.assert(
      fc.property(transcript, (t) => {
        expect(unpackTranscript(packTranscript(t).packed)).toStrictEqual(t);
      }),
    );
  });

  it('keep timed words of a real file, and tell no words from an empty list', () => {
    const t = parsePodcastJson(readFixture('interview.podcast.json'));
    expect(t.cues.some((c) => c.words && c.words.length > 0)).toBe(true);
    expect(unpackTranscript(packTranscript(t).packed)).toStrictEqual(t);
    const empty: Transcript = { cues: [{ start: 0, end: 1, text: '', words: [] }] };
    expect(unpackTranscript(packTranscript(empty).packed)).toStrictEqual(empty);
  });

  it('hand over typed arrays only, which postMessage can transfer', () => {
    const { packed, transfer } = packTranscript({ cues: [{ start: 1, end: 2, text: 'a' }] });
    expect(transfer).toHaveLength(9);
    expect(transfer).toContain(packed.starts.buffer);
    expect(transfer.every((b) => b instanceof ArrayBuffer)).toBe(true);
  });
});
