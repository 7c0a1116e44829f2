import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TranscriptParseError } from '../../../src/core/formats/parse-error';
import { parse } from '../../../src/core/formats/talk-python';
import { formatClock } from '../../../src/core/time';
import { hasConformance, readConformance, readFixture as fixture } from '../../helpers/files';

function parseError(source: string): TranscriptParseError {
  try {
    parse(source);
  } catch (error) {
    if (error instanceof TranscriptParseError) return error;
    throw error;
  }
  throw new Error('expected a TranscriptParseError');
}

describe('Talk Python text transcripts', () => {
  it('reads the title, MM:SS and H:MM:SS stamps, and ends each cue at the next', () => {
    const transcript = parse(fixture('talk-python-basic.txt'));
    expect(transcript.title).toBe('#99: A made-up episode for the tests Transcript');
    expect(transcript.cues.map((c) => c.text)).toEqual([
      'Welcome to a show that does not exist.',
      'Two lines share the next stamp.',
      'Short.',
      'This second line at nine seconds is three times longer.',
      'A line over an hour later comes next.',
      'Now past the hour, with an H:MM:SS stamp.',
      'And the last line.',
    ]);
    const [first, second, , , fifth, sixth, last] = transcript.cues;
    expect(first).toMatchObject({ start: 0, end: 4 });
    expect(second).toMatchObject({ start: 4, end: 9 });
    expect(fifth).toMatchObject({ start: 15, end: 3602 });
    expect(sixth).toMatchObject({ start: 3602, end: 3610 });
    expect(last?.start).toBe(3610);
    expect(last?.end).toBe(Number.POSITIVE_INFINITY);
  });

  it('shares a duplicated stamp between its lines in proportion to their length', () => {
    const [, , short, long] = parse(fixture('talk-python-basic.txt')).cues;
    expect(short?.start).toBe(9);
    // "Short." is 6 characters, the other line 55: it starts 6/61 of the way to 0:15.
    expect(long?.start).toBeCloseTo(9 + (6 * 6) / 61, 9);
    expect(short?.end).toBeCloseTo(long?.start as number, 9);
    expect(long?.end).toBe(15);
  });

  it('accepts a BOM, CRLF, blank lines, HH:MM:SS and a voice tag as the speaker', () => {
    const transcript = parse(fixture('talk-python-crlf-voice.txt'));
    expect(transcript.title).toBe('A title line');
    expect(transcript.cues).toEqual([
      { start: 0, end: 5, text: 'First, with a voice tag.', speaker: 'Ada Lovelace' },
      { start: 5, end: Number.POSITIVE_INFINITY, text: 'Second, CRLF and blank lines.' },
    ]);
  });

  it('reads the legacy layout: no-break spaces, untimed paragraphs, speech before any stamp', () => {
    const transcript = parse(fixture('talk-python-legacy.txt'));
    expect(transcript.title).toBeUndefined();
    expect(transcript.cues.map((c) => [c.start, c.text])).toEqual([
      [0, 'Hello, and welcome, said before any stamp.\n[music]'],
      [
        38,
        'The first timed paragraph, after a no-break space.\nAn untimed paragraph that continues it.',
      ],
      [62, 'The next timed paragraph.'],
    ]);
  });

  it('keeps file order when stamps go backwards', () => {
    const cues = parse('00:10 a\n00:20 b\n00:15 c\n00:30 d').cues;
    expect(cues.map((c) => [c.start, c.end])).toEqual([
      [10, 20],
      [20, 30],
      [15, 30],
      [30, Number.POSITIVE_INFINITY],
    ]);
  });

  it('keeps text that merely contains colons or digits', () => {
    const cues = parse('00:01 Meet at 12:30 today\n00:02 3 items: a, b').cues;
    expect(cues.map((c) => c.text)).toEqual(['Meet at 12:30 today', '3 items: a, b']);
  });

  it.each([
    ['', 'empty', 1, 'the file is empty.'],
    ['\n  \n', 'empty', 1, 'the file is empty.'],
    [
      'Just a title\nand some prose',
      'no-cues',
      1,
      'found no timed lines; expected lines like "12:37 Some words".',
    ],
  ])('rejects %j with a message a person understands', (source, code, line, detail) => {
    const error = parseError(source);
    expect(error).toMatchObject({
      code,
      line,
      column: 1,
      detail,
      format: 'Talk Python text transcript',
    });
  });

  it('skips a line whose timestamp is malformed, naming the line and the stamp', () => {
    const { cues, skipped } = parse('Title\n00:00 fine\n00:03 fine\n00:75 broken seconds\n');
    expect(cues.map((c) => c.text)).toEqual(['fine', 'fine']);
    expect(skipped).toEqual({
      count: 1,
      first: [
        {
          line: 4,
          detail:
            '"00:75" is not a valid time; expected MM:SS or H:MM:SS with minutes and seconds below 60.',
        },
      ],
    });
    expect(parse('00:00 a\n1:2:03 b').skipped?.first[0]?.line).toBe(2);
  });

  it('refuses a file whose every timed line is malformed, naming the first', () => {
    const error = parseError('Title\n00:75 a\n1:2:03 b\n');
    expect(error).toMatchObject({ code: 'no-cues', line: 2 });
    expect(error.detail).toMatch(
      /^no line could be read: all 2 cues were skipped\. The first: "00:75"/,
    );
  });

  it('either parses any text into well-formed cues or throws TranscriptParseError', () => {
    const lineish = fc.oneof(
      fc.string(),
      fc
        .tuple(fc.integer({ min: 0, max: 99 }), fc.integer({ min: 0, max: 99 }), fc.string())
        .map(([m, s, t]) => `${m}:${s} ${t}`),
      fc.constantFrom('', '\u00a0', '\r', '\uFEFF', '<v X>', '1:00:00'),
    );
    fc.assert(
      fc.property(
        fc.array(lineish, { maxLength: 30 }),
        fc.constantFrom('\n', '\r\n', '\r'),
        (lines, eol) => {
          try {
            const { cues } = parse(lines.join(eol));
            expect(cues.length).toBeGreaterThan(0);
            for (const cue of cues) {
              expect(Number.isFinite(cue.start)).toBe(true);
              expect(cue.start).toBeGreaterThanOrEqual(0);
              expect(cue.end).toBeGreaterThanOrEqual(cue.start);
            }
          } catch (error) {
            expect(error).toBeInstanceOf(TranscriptParseError);
          }
        },
      ),
    );
  });

  it('round-trips: writing cues in the format and reading them back gives them again', () => {
    const text = fc
      .stringMatching(/^[A-Za-z][A-Za-z0-9 ,.'!?:-]{0,60}$/)
      .map((s) => s.trim())
      .filter((s) => s !== '');
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 1, max: 600 }), text), { minLength: 1, maxLength: 40 }),
        (steps) => {
          let start = 0;
          const written = steps.map(([gap, words]) => {
            start += gap;
            return { start, text: words };
          });
          const source = [
            'A title',
            ...written.map((c) => `${formatClock(c.start)} ${c.text}`),
          ].join('\n');
          const parsed = parse(source);
          expect(parsed.title).toBe('A title');
          expect(parsed.cues.map((c) => ({ start: c.start, text: c.text }))).toEqual(written);
        },
      ),
    );
  });
});

// Third-party files with known outcomes, when the shared conformance folder is beside the repo.
describe.skipIf(!hasConformance)('Talk Python conformance files', () => {
  const read = (name: string): string => readConformance(`talkpython/${name}`);

  it('013 current format: 734 cues from 0 s to 2989 s', () => {
    const { cues } = parse(read('013_Flask_web_framework_and_much_much_more.txt'));
    expect(cues).toHaveLength(734);
    expect(cues[0]).toMatchObject({
      start: 0,
      text: 'Grab your micro framework and pour some web into your flask.',
    });
    expect(cues.at(-1)).toMatchObject({ start: 2989, text: "I'll pass the mic." });
  });

  it('525: the voice tag becomes the speaker, past the hour', () => {
    const { cues } = parse(read('525-nicegui.txt'));
    expect(cues).toHaveLength(821);
    expect(cues[0]?.speaker).toBe('Michael Kennedy');
    expect(cues[0]?.text.startsWith('Building a UI in Python usually means')).toBe(true);
    expect(cues.at(-1)?.start).toBe(4660);
    expect(cues.some((c) => c.text.includes('<v'))).toBe(false);
    // Crosstalk: a second voice tag inside a line is removed from the text.
    expect(cues.find((c) => c.text.startsWith("You know, here's a card"))?.text).toBe(
      "You know, here's a card or here's a turnstile or here's a panel or whatever, right?",
    );
  });

  it('013 legacy: 141 timed paragraphs plus the untimed opening at 0 s', () => {
    const { cues } = parse(read('013.legacy-c3ec858.txt'));
    expect(cues).toHaveLength(142);
    expect(cues[0]?.start).toBe(0);
    expect(cues[1]).toMatchObject({
      start: 38,
      text: expect.stringMatching(/^Hello, and welcome to Talk Python to Me\./),
    });
    // The outro's untimed paragraphs belong to the last timed one.
    expect(cues.at(-1)?.start).toBe(2909);
    expect(cues.at(-1)?.text.startsWith('Yeah, see you later.\n')).toBe(true);
  });

  it('077 legacy: switches to H:MM:SS after the hour', () => {
    const { cues } = parse(read('077.legacy-4da0d3a.txt'));
    expect(cues).toHaveLength(215);
    expect(cues[1]?.start).toBe(84);
    expect(cues.at(-1)).toMatchObject({ start: 4476 });
    expect(cues.at(-1)?.text).toContain('Ok, bye.');
  });

  it('484: stamps that go backwards are kept in file order', () => {
    const { cues } = parse(read('484-from-react-to-a-django-htmx-based-stack.txt'));
    expect(cues).toHaveLength(852);
    expect(cues[341]?.start).toBeLessThan(cues[340]?.start as number);
    expect(cues[743]?.start).toBeLessThan(cues[742]?.start as number);
    expect(cues.at(-1)?.start).toBe(3459);
  });
});
