import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse as parseSrt } from '../../../src/core/formats/srt';
import { parse as parseTalkPython } from '../../../src/core/formats/talk-python';
import { parse as parseVtt } from '../../../src/core/formats/webvtt';
import { writeSrt, writeText, writeWebVtt } from '../../../src/core/formats/write';
import type { Cue, Transcript } from '../../../src/core/transcript';

const sample: Transcript = {
  title: 'A <test> & more',
  cues: [
    { start: 0, end: 4.25, text: 'Hello <b>world</b> & friends', speaker: 'Ada' },
    { start: 4.25, end: 9, text: 'Two lines\n\nwith a blank between' },
    { start: 3723.5, end: 3725, text: '' },
  ],
};

describe('writers', () => {
  it('write WebVTT with voices and escaped text', () => {
    expect(writeWebVtt(sample)).toBe(
      'WEBVTT - A <test> & more\n\n00:00:00.000 --> 00:00:04.250\n<v Ada>Hello &lt;b&gt;world&lt;/b&gt; &amp; friends\n\n00:00:04.250 --> 00:00:09.000\nTwo lines\nwith a blank between\n\n01:02:03.500 --> 01:02:05.000\n\n',
    );
  });

  it('write SRT numbered from 1', () => {
    expect(writeSrt(sample)).toBe(
      '1\n00:00:00,000 --> 00:00:04,250\n>> Ada: Hello <b>world</b> & friends\n\n2\n00:00:04,250 --> 00:00:09,000\nTwo lines\nwith a blank between\n\n3\n01:02:03,500 --> 01:02:05,000\n\n',
    );
  });

  it('write plain text, one line per cue', () => {
    expect(writeText(sample)).toBe(
      'A <test> & more\n0:00 <v Ada>Hello <b>world</b> & friends\n0:04 Two lines with a blank between\n1:02:03 \n',
    );
  });
});

// Transcripts as the writers can express them: ms times, trimmed single-space text lines.
// WebVTT escapes "<" and "&"; SRT and plain text have no escape, and readers take "<…>" there
// for tags, so those two are checked on text without angle brackets.
const transcriptOf = (word: fc.Arbitrary<string>) => {
  const line = fc.array(word, { minLength: 1, maxLength: 6 }).map((words) => words.join(' '));
  return fc
    .array(
      fc.record({
        gapMs: fc.integer({ min: 1000, max: 600_000 }),
        lengthMs: fc.integer({ min: 1, max: 30_000 }),
        lines: fc.array(line, { minLength: 1, maxLength: 3 }),
        speaker: fc.option(fc.stringMatching(/^[A-Z][a-z]{1,8}( [A-Z][a-z]{1,8})?$/), {
          nil: undefined,
        }),
      }),
      { minLength: 1, maxLength: 25 },
    )
    .map((items) => {
      let at = 0;
      return items.map(({ gapMs, lengthMs, lines, speaker }) => {
        at += gapMs;
        const cue: Cue = {
          start: at / 1000,
          end: (at + Math.min(lengthMs, gapMs)) / 1000,
          text: lines.join('\n'),
        };
        if (speaker !== undefined) cue.speaker = speaker;
        return cue;
      });
    });
};
const transcript = transcriptOf(fc.stringMatching(/^[A-Za-z0-9.,'!?&<>é-]{1,8}$/));
const plainTranscript = transcriptOf(fc.stringMatching(/^[A-Za-z0-9.,'!?&é-]{1,8}$/));

const comparable = (cues: Transcript['cues'], withNewlines = true) =>
  cues.map((c) => ({
    start: c.start,
    end: c.end,
    text: withNewlines ? c.text : c.text.replace(/\n/g, ' '),
    ...(c.speaker ? { speaker: c.speaker } : {}),
  }));

describe('parse(write(t)) gives t back', () => {
  it('WebVTT', () => {
    fc.assert(
      fc.property(transcript, (cues) => {
        expect(comparable(parseVtt(writeWebVtt({ cues })).cues)).toEqual(comparable(cues));
      }),
    );
  });

  it('SRT', () => {
    fc.assert(
      fc.property(plainTranscript, (cues) => {
        expect(comparable(parseSrt(writeSrt({ cues })).cues)).toEqual(comparable(cues));
      }),
    );
  });

  it('plain text, to the whole second and one line per cue', () => {
    fc.assert(
      fc.property(plainTranscript, (cues) => {
        const back = parseTalkPython(writeText({ title: 'T', cues }));
        expect(back.title).toBe('T');
        expect(back.cues.map((c) => [c.start, c.text, c.speaker])).toEqual(
          cues.map((c, i) => {
            // Lines that share a whole second are spread across it on reading, as in any such file.
            const sameSecond = cues.filter((o) => Math.floor(o.start) === Math.floor(c.start));
            return [
              sameSecond.length > 1 ? back.cues[i]?.start : Math.floor(c.start),
              c.text.replace(/\n/g, ' '),
              c.speaker,
            ];
          }),
        );
      }),
    );
  });
});
