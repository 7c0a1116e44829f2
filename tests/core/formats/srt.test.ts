import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeText } from '../../../src/core/formats/decode';
import { TranscriptParseError } from '../../../src/core/formats/parse-error';
import { parse } from '../../../src/core/formats/srt';
import { CONFORMANCE_DIR, hasConformance, readConformance } from '../../helpers/files';

describe('SRT', () => {
  it('skips and counts a cue whose timing line is broken, its text with it', () => {
    const { cues, skipped } = parse(
      '1\n00:00:01,000 --> 00:00:02,000\nfine\n\n2\n00:00:02 --> 0:3\nlost\n\n3\n00:00:04,000 --> 00:00:05,000\nfine again\n',
    );
    expect(cues.map((c) => c.text)).toEqual(['fine', 'fine again']);
    expect(skipped).toEqual({
      count: 1,
      first: [
        {
          line: 6,
          detail:
            'expected timings like "00:01:02,345 --> 00:01:04,000", found "00:00:02 --> 0:3".',
        },
      ],
    });
  });

  it('reads numbered cues with comma milliseconds and multi-line text', () => {
    const { cues } = parse(
      '1\n00:00:01,000 --> 00:00:04,500\nHello\nthere\n\n2\n00:00:05,000 --> 00:00:06,000\nAgain\n',
    );
    expect(cues).toEqual([
      { start: 1, end: 4.5, text: 'Hello\nthere' },
      { start: 5, end: 6, text: 'Again' },
    ]);
  });

  it('tolerates what real files do', () => {
    const source = [
      '\uFEFF7',
      '0:0:7,560 --> 0:0:9.7',
      '{\\an8}<i>No index, dots, one-digit fields',
      '00:00:10 --> 00:00:12,04 X1:40 X2:600 Y1:20 Y2:50',
      '<font color="red">no blank line before, no ms</font>',
      '',
      '',
      '',
      '12',
      '00:00:13,000 --> 00:00:14,000',
      '',
      '13',
      '00:00:15,000 --> 00:00:16,000',
      '>> ALICE: Hi, my name is Alice',
    ].join('\r');
    expect(parse(source).cues).toEqual([
      { start: 7.56, end: 9.7, text: 'No index, dots, one-digit fields' },
      { start: 10, end: 12.04, text: 'no blank line before, no ms' },
      { start: 13, end: 14, text: '' },
      { start: 15, end: 16, text: 'Hi, my name is Alice', speaker: 'ALICE' },
    ]);
  });

  it('keeps an unclosed tag from leaking into the next cue, and keeps numbers in text', () => {
    const { cues } = parse(
      '1\n00:00:01,000 --> 00:00:02,000\n<i>open\n\n2\n00:00:02,000 --> 00:00:03,000\n42\nclosed</i>\n',
    );
    expect(cues.map((c) => c.text)).toEqual(['open', '42\nclosed']);
  });

  it.each([
    ['', 'empty', 'the file is empty.'],
    [
      'just some words\n',
      'no-cues',
      'found no timing lines; expected lines like "00:01:02,345 --> 00:01:04,000".',
    ],
  ])('rejects %j', (source, code, detail) => {
    expect(() => parse(source)).toThrow(detail);
    try {
      parse(source);
    } catch (error) {
      expect(error).toMatchObject({ code, format: 'SubRip (SRT)', line: 1, column: 1 });
    }
  });

  it('either returns well-formed cues or throws TranscriptParseError, for any text', () => {
    const piece = fc.oneof(
      fc.string(),
      fc.constantFrom('', '1', '00:00:01,000 --> 00:00:02,000', '<i>', '{\\an8}', '>> A:', '\r'),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 20 }), (parts) => {
        try {
          for (const cue of parse(parts.join('\n')).cues) {
            expect(cue.end).toBeGreaterThanOrEqual(cue.start);
            expect(cue.text).not.toMatch(/<\/?[a-z][^>]*>/i);
          }
        } catch (error) {
          expect(error).toBeInstanceOf(TranscriptParseError);
        }
      }),
    );
  });
});

describe.skipIf(!hasConformance)('SRT conformance files', () => {
  const cuesOf = (name: string) => parse(readConformance(`srt/${name}`)).cues;

  it.each([
    ['pysrt-capability_tester.srt', 37],
    ['pysrt-no-indexes.srt', 7],
    ['pysrt-empty.srt', 7],
    ['pysrt-invalid.srt', 1],
    ['srtparser2-dot-as-separator.srt', 2],
    ['srtparser2-single-digit-timecodes.srt', 10],
    ['astisub-example-in.srt', 6],
    ['astisub-example-in-carriage-return.srt', 3],
    ['astisub-example-in-styled.srt', 10],
    ['subsrt-sample.srt', 5],
  ])('%s has %d cues', (name, count) => {
    expect(cuesOf(name)).toHaveLength(count);
  });

  it('details the manifest gives', () => {
    expect(cuesOf('pysrt-no-indexes.srt')[0]).toEqual({
      start: 6.5,
      end: 9,
      text: 'About 2 months ago I found myself on\nthe comment section of YouTube',
    });
    expect(
      cuesOf('pysrt-empty.srt')
        .slice(2, 4)
        .map((c) => [c.start, c.end, c.text]),
    ).toEqual([
      [19, 24, ''],
      [25, 31, ''],
    ]);
    expect(cuesOf('pysrt-invalid.srt')[0]).toEqual({
      start: 1,
      end: 10,
      text: 'This subtitle is invalid',
    });
    expect(cuesOf('srtparser2-dot-as-separator.srt').map((c) => [c.start, c.end])).toEqual([
      [2, 6],
      [28.967, 5430.958],
    ]);
    expect(cuesOf('srtparser2-single-digit-timecodes.srt')[0]).toMatchObject({
      start: 7.56,
      end: 9.7,
    });
    expect(cuesOf('astisub-example-in.srt').slice(0, 2)).toEqual([
      { start: 99, end: 101.04, text: '(deep rumbling)' },
      { start: 124.08, end: 127.12, text: 'MAN:\nHow did we end up here?' },
    ]);
    expect(cuesOf('astisub-example-in-carriage-return.srt').map((c) => c.start)).toEqual([
      0, 3.767, 10.733,
    ]);
    expect(cuesOf('astisub-example-in-styled.srt')[0]).toMatchObject({
      start: 17.985,
      end: 20.521,
    });
    expect(cuesOf('subsrt-sample.srt')[0]).toMatchObject({
      start: 0.599,
      speaker: 'ALICE',
      text: 'Hi, my name is Alice Miller and this is John Brown',
    });
    const tester = cuesOf('pysrt-capability_tester.srt');
    expect(tester[0]).toMatchObject({
      start: 0,
      end: 0,
      text: "Don't show this text it may be used to insert hidden data",
    });
    expect(tester.at(-1)).toMatchObject({ start: 66.501, end: 68.5 });
    // Styling tags and {\an} overrides are gone; text that merely looks like them ("2<3") stays.
    expect(tester.filter((c) => /<\/?(b|i|u|s|font)\b|\{\\an\d\}/i.test(c.text))).toEqual([]);
    expect(tester.some((c) => c.text.includes('2<3,5>1,4<6'))).toBe(true);
  });

  it('decodes a UTF-16 file by its byte order mark', () => {
    const bytes = readFileSync(resolve(CONFORMANCE_DIR, 'srt/pysrt-bom-utf-16-le.srt'));
    const { cues } = parse(decodeText(new Uint8Array(bytes)));
    expect(cues).toHaveLength(7);
    expect(cues[0]).toMatchObject({ start: 6.5, end: 9 });
  });
});
