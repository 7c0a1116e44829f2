import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TranscriptParseError } from '../../../src/core/formats/parse-error';
import { parse } from '../../../src/core/formats/webvtt';
import { parseCueText } from '../../../src/core/formats/webvtt-cue-text';
import { parseVttTimestamp } from '../../../src/core/formats/webvtt-timestamp';
import { hasConformance, readConformance } from '../../helpers/files';

const vtt = (...blocks: string[]): string =>
  ['WEBVTT', '', ...blocks.flatMap((b) => [b, ''])].join('\n');

describe('WebVTT timestamps', () => {
  it.each([
    ['00:01.000', 1],
    ['01:02.500', 62.5],
    ['1:00:00.000', 3600],
    ['0:00:01.250', 1.25],
    ['60:00:00.000', 216000],
    ['100:00:00.001', 360000.001],
  ])('%s is %d s', (text, seconds) => {
    expect(parseVttTimestamp(text)?.seconds).toBeCloseTo(seconds, 6);
  });

  it.each([
    '00:60.000',
    '00:00:60.000',
    '00:60:00.000',
    '0:00.000',
    '00:00.00',
    '00:00',
    '00:0.000',
    'x00:00.000',
    '0000:00.000',
  ])('%s is not a timestamp', (text) => {
    expect(parseVttTimestamp(text)).toBeUndefined();
  });
});

describe('WebVTT files', () => {
  it('reads cues with and without ids, hours, settings, multi-line text', () => {
    const { cues } = parse(
      vtt(
        '00:00.500 --> 00:03.000',
        'intro\n00:00:03.000 --> 00:00:07.250 align:start line:10%\nFirst line\nsecond line',
        '1:00:00.000 --> 1:00:02.000\nPast the hour',
      ),
    );
    expect(cues.map((c) => [c.start, c.end, c.text])).toEqual([
      [0.5, 3, ''],
      [3, 7.25, 'First line\nsecond line'],
      [3600, 3602, 'Past the hour'],
    ]);
  });

  it('accepts a BOM and CR, LF or CRLF line ends, and skips NOTE, STYLE and REGION blocks', () => {
    const source =
      '\uFEFFWEBVTT - a title\r\nKind: captions\r\n\r\nSTYLE\r\n::cue { color: red }\r\n\r\nREGION\r\nid:r1\r\n\r\nNOTE a comment\r\nover --> two lines\r\n\r\n00:01.000 --> 00:02.000\r\nHello\r\n\r\nNOTE\rtrailing\r\r00:02.000 --> 00:03.000\rWorld\r';
    expect(parse(source).cues.map((c) => c.text)).toEqual(['Hello', 'World']);
  });

  it('drops a cue with invalid timings, not the file', () => {
    const { cues } = parse(
      vtt(
        '00:01.000 --> 00:02.000\nkept',
        '00:61.000 --> 00:62.000\ndropped',
        '00:03.000 -> 00:04.000\ndropped too',
        '00:05.000 --> 00:06.000\nkept too',
      ),
    );
    expect(cues.map((c) => c.text)).toEqual(['kept', 'kept too']);
  });

  it('a line with --> ends the cue text and starts the next cue', () => {
    const { cues } = parse(
      'WEBVTT\n\n00:01.000 --> 00:02.000\none\n00:02.000 --> 00:03.000\ntwo\n',
    );
    expect(cues.map((c) => c.text)).toEqual(['one', 'two']);
  });

  it('turns a voice span into the speaker, reduces tags to text and decodes character references', () => {
    const [cue] = parse(
      vtt(
        '00:01.000 --> 00:04.000\n<v.loud Armin Ronacher>I <i>like</i> <b>Flask</b> &amp; <c.x>Jinja</c> &lt;3 <ruby>漢<rt>kan</rt></ruby>',
      ),
    ).cues;
    expect(cue).toMatchObject({ speaker: 'Armin Ronacher', text: 'I like Flask & Jinja <3 漢kan' });
  });

  it('keeps a speaker without a closing </v>', () => {
    expect(parse(vtt('00:01.000 --> 00:04.000\n<v Speaker 5>Hello')).cues[0]).toMatchObject({
      speaker: 'Speaker 5',
      text: 'Hello',
    });
  });

  it('gives word timings from inline timestamps', () => {
    expect(
      parseCueText('Never <00:01.500>drink <00:02.000>liquid <00:02.750>nitrogen', 1, 3.5).words,
    ).toEqual([
      { start: 1, end: 1.5, text: 'Never ' },
      { start: 1.5, end: 2, text: 'drink ' },
      { start: 2, end: 2.75, text: 'liquid ' },
      { start: 2.75, end: 3.5, text: 'nitrogen' },
    ]);
    expect(parseCueText('no timestamps here', 0, 1).words).toBeUndefined();
  });

  it('turns NUL into U+FFFD', () => {
    expect(parse(vtt('00:01.000 --> 00:02.000\na\0b')).cues[0]?.text).toBe('a\uFFFDb');
  });

  it.each([
    ['', 'expected the file to start with "WEBVTT", found "".'],
    ['WEBVTTX\n', 'expected the file to start with "WEBVTT", found "WEBVTTX".'],
    [
      '\uFEFF\uFEFFWEBVTT\n',
      'the file starts with two byte order marks (U+FEFF); a WebVTT file starts with at most one, then "WEBVTT".',
    ],
    ['WEBSRT\n', 'expected the file to start with "WEBVTT", found "WEBSRT".'],
  ])('rejects %j', (source, detail) => {
    expect(() => parse(source)).toThrow(detail);
  });

  it('counts cues dropped for broken timings, with their lines, and keeps the rest', () => {
    const { cues, skipped } = parse(
      vtt(
        '00:01.000 --> 00:02.000\nfine',
        '00:02,000 --> 00:03,000\ncommas',
        'id\n00:03.000 -> 00:04.000\nshort arrow',
        '00:04.000 --> 00:05.000\nfine again',
      ),
    );
    expect(cues.map((c) => c.text)).toEqual(['fine', 'fine again']);
    expect(skipped).toEqual({
      count: 2,
      first: [
        {
          line: 6,
          detail:
            'expected timings like "00:01:02.345 --> 00:01:04.000", found "00:02,000 --> 00:03,000".',
        },
        {
          line: 10,
          detail:
            'expected timings like "00:01:02.345 --> 00:01:04.000", found "00:03.000 -> 00:04.000".',
        },
      ],
    });
    expect(parse(vtt('00:01.000 --> 00:02.000\nfine')).skipped).toBeUndefined();
  });

  it('refuses a file whose every cue has broken timings, rather than show it empty', () => {
    const error = (() => {
      try {
        parse(vtt('00:01 --> 00:02\na', '00:03 --> 00:04\nb'));
      } catch (e) {
        return e as TranscriptParseError;
      }
      throw new Error('parsed');
    })();
    expect(error).toMatchObject({ code: 'no-cues', line: 3 });
    expect(error.detail).toMatch(/^no line could be read: all 2 cues were skipped\. The first: /);
    // A file with no cues at all is an empty transcript, not an error.
    expect(parse('WEBVTT\n').cues).toEqual([]);
  });

  it('either returns well-formed cues or throws TranscriptParseError, for any text', () => {
    const piece = fc.oneof(
      fc.string(),
      fc.constantFrom(
        'WEBVTT',
        '',
        '-->',
        '00:01.000 --> 00:02.000',
        'NOTE',
        '<v A>',
        '<00:01.500>',
        '&amp;',
        '\r',
        '\0',
        'STYLE',
      ),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 20 }), fc.boolean(), (parts, signed) => {
        const source = (signed ? 'WEBVTT\n\n' : '') + parts.join('\n');
        try {
          for (const cue of parse(source).cues) {
            expect(cue.end).toBeGreaterThanOrEqual(cue.start);
            expect(typeof cue.text).toBe('string');
          }
        } catch (error) {
          expect(error).toBeInstanceOf(TranscriptParseError);
        }
      }),
    );
  });
});

describe.skipIf(!hasConformance)('WebVTT conformance files', () => {
  const cuesOf = (name: string) => parse(readConformance(`webvtt/${name}`)).cues;

  it.each([
    ['wpt-timings-omitted-hours.vtt', 3],
    ['wpt-timings-too-short.vtt', 2],
    ['wpt-timings-60.vtt', 2],
    ['wpt-timings-negative.vtt', 4],
    ['wpt-ids.vtt', 5],
    ['wpt-arrows.vtt', 6],
    ['wpt-newlines.vtt', 4],
    ['wpt-nulls.vtt', 7],
    ['wpt-stylesheets.vtt', 2],
    ['wpt-settings-line.vtt', 46],
    ['subsrt-sample.vtt', 5],
    ['vttjs-timestamp-nested.vtt', 1],
  ])('%s has %d cues', (name, count) => {
    expect(cuesOf(name)).toHaveLength(count);
  });

  it('refuses astisub-example-in.vtt, whose every timing line is invalid, naming the first', () => {
    expect(() => cuesOf('astisub-example-in.vtt')).toThrow(
      /line 29, column 1: no line could be read: all 6 cues were skipped\. The first: expected timings like "00:01:02\.345 --> 00:01:04\.000", found "00:01:39 --> 00:01:41\.04 region:bill"\./,
    );
  });

  it('counts the cues dropped for bad timings (wpt-timings-too-short.vtt)', () => {
    const { skipped } = parse(readConformance('webvtt/wpt-timings-too-short.vtt'));
    expect(skipped?.count).toBeGreaterThan(0);
  });

  it('details the manifest gives', () => {
    expect(cuesOf('wpt-timings-60.vtt').map((c) => [c.text, c.start])).toEqual([
      ['text1', 0],
      ['text2', 216000],
    ]);
    expect(cuesOf('wpt-timings-negative.vtt').map((c) => c.start)).toEqual([0, 1, 60, 3600]);
    expect(cuesOf('wpt-arrows.vtt').map((c) => c.text)).toEqual([
      'text0',
      'text1',
      'text2',
      'text3',
      'text4',
      'text5',
    ]);
    // The manifest says "…3" here, but the file's third cue reads "\0text\02" and the cue
    // numbered 3 has no NUL: the file is the authority.
    expect(cuesOf('wpt-nulls.vtt').map((c) => c.text)).toEqual([
      'text0',
      'text1',
      '\uFFFDtext\uFFFD2',
      'text3',
      'text4',
      'text5',
      'text6',
    ]);
    expect(cuesOf('subsrt-sample.vtt')[0]).toMatchObject({
      start: 1,
      text: expect.stringMatching(/^— Hi, my name is Alice Miller/),
    });
    expect(cuesOf('vttjs-timestamp-nested.vtt')[0]?.words?.map((w) => [w.start, w.text])).toEqual([
      [1, 'Hee!'],
      [1.5, ' Hee!'],
    ]);
  });

  it.each(['wpt-signature-two-boms.vtt', 'wpt-signature-websrt.vtt'])('%s is rejected', (name) => {
    expect(() => cuesOf(name)).toThrow(TranscriptParseError);
  });

  it('Talk Python WebVTT: 745 cues, voices as speakers', () => {
    const flask = parse(
      readConformance('talkpython/013_Flask_web_framework_and_much_much_more.vtt'),
    ).cues;
    expect(flask).toHaveLength(745);
    expect(flask[0]).toMatchObject({
      start: 0.001,
      end: 3.14,
      text: 'Grab your micro framework and pour some web into your flask.',
    });
    const nicegui = parse(readConformance('talkpython/525-nicegui.vtt')).cues;
    expect(nicegui).toHaveLength(825);
    const voices = new Map<string, number>();
    for (const cue of nicegui)
      voices.set(cue.speaker ?? '', (voices.get(cue.speaker ?? '') ?? 0) + 1);
    expect(Object.fromEntries(voices)).toEqual({
      'Michael Kennedy': 412,
      'Rodja Trappe': 225,
      'Falko Schindler': 185,
      'Speaker 5': 3,
    });
    expect(parse(readConformance('talkpython/youtube-316-flask-2-0.vtt')).cues).toHaveLength(1531);
  });

  // The web-platform-tests cue text cases: our text is the text content of their expected tree.
  for (const file of [
    'wpt-cuetext-tags.dat.txt',
    'wpt-cuetext-entities.dat.txt',
    'wpt-cuetext-timestamps.dat.txt',
  ]) {
    const cases = hasConformance ? readDatCases(readConformance(`webvtt/${file}`)) : [];
    it.each(cases.map((c) => [c.data, c.text] as const))(`${file}: %j`, (data, text) => {
      expect(parseCueText(data, 0, 1).text).toBe(text);
    });
  }
});

/** The cases of a web-platform-tests .dat file that need no escape decoding: input and text content. */
function readDatCases(source: string): Array<{ data: string; text: string }> {
  return source
    .split(/^#data\n/m)
    .slice(1)
    .map((block) => {
      const [data = '', rest = ''] = block.split(/\n#errors\n/);
      const fragment = rest.split(/#document-fragment\n?/)[1] ?? '';
      const strings = [...fragment.matchAll(/^\|\s*"([\s\S]*?)"$/gm)].map((m) => m[1] ?? '');
      const text = strings
        .join('')
        .replace(/\\u([0-9A-Fa-f]{4})/g, (_, hex: string) =>
          String.fromCharCode(parseInt(hex, 16)),
        );
      return { data, text };
    })
    .filter((c) => !c.data.includes('\\'));
}
