import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseTranscript } from '../../../src/core/formats/detect';
import { TranscriptParseError } from '../../../src/core/formats/parse-error';
import {
  completePrefix,
  createTranscriptReader,
  previewOf,
} from '../../../src/core/formats/reader';
import { createSearchIndex } from '../../../src/core/search';
import { readFixture } from '../../helpers/files';

const encode = (text: string) => new TextEncoder().encode(text);

/** Splits bytes at the given cut points (fractions of the length), in order. */
function chunked(bytes: Uint8Array, cuts: number[]): Uint8Array[] {
  const at = [...new Set(cuts.map((c) => Math.floor(c * bytes.length)))].sort((a, b) => a - b);
  const chunks: Uint8Array[] = [];
  let from = 0;
  for (const cut of [...at, bytes.length]) {
    chunks.push(bytes.subarray(from, cut));
    from = cut;
  }
  return chunks;
}

function readAll(chunks: Uint8Array[], previewChars?: number) {
  const reader = createTranscriptReader(previewChars);
  const previews = chunks.map((chunk) => reader.push(chunk)).filter((p) => p !== null);
  return { previews, result: reader.finish() };
}

const FIXTURES = [
  'interview.vtt',
  'interview.srt',
  'talk-python-basic.txt',
  'talk-python-crlf-voice.txt',
  'interview.podcast.json',
  'interview.whisper.json',
];

describe('createTranscriptReader', () => {
  it.each(FIXTURES)('reads %s in any chunks exactly as parsing it whole does', (name) => {
    const text = readFixture(name);
    const whole = parseTranscript(text);
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 8 }),
        (cuts) => {
          const { result } = readAll(chunked(encode(text), cuts));
          expect(result.format).toBe(whole.format);
          expect(result.transcript).toEqual(whole.transcript);
          expect(result.searchIndex).toEqual(createSearchIndex(whole.transcript.cues));
        },
      ),
      { numRuns: 30 },
    );
  });

  it('decodes UTF-16 with its byte order mark even when the mark arrives a byte at a time', () => {
    const text = 'WEBVTT\n\n00:01.000 --> 00:02.000\nÉté à Zürich\n';
    const bytes = new Uint8Array(2 + text.length * 2);
    bytes.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i++) bytes[2 + i * 2] = text.charCodeAt(i);
    const chunks = [
      bytes.subarray(0, 1),
      bytes.subarray(1, 2),
      bytes.subarray(2, 7),
      bytes.subarray(7),
    ];
    expect(readAll(chunks).result.transcript.cues[0]?.text).toBe('Été à Zürich');
  });

  it('previews the complete cues of the first part once, and the whole file still parses', () => {
    const text = readFixture('interview.vtt');
    const whole = parseTranscript(text).transcript;
    const tenths = [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9];
    const { previews, result } = readAll(chunked(encode(text), tenths), 100);
    expect(previews).toHaveLength(1);
    const preview = previews[0]?.cues ?? [];
    expect(preview.length).toBeGreaterThan(0);
    expect(preview.length).toBeLessThan(whole.cues.length);
    expect(preview).toEqual(whole.cues.slice(0, preview.length));
    expect(result.transcript).toEqual(whole);
  });

  it('previews no more than the text it waits for, however large the first chunk', () => {
    const text = readFixture('interview.vtt');
    const whole = parseTranscript(text).transcript;
    // The whole file in one chunk, bar its last byte: the preview reads 100 characters, then
    // twice as many until it has a complete cue (this file's first is some 250 characters in).
    const { previews } = readAll(chunked(encode(text), [0.999]), 100);
    const preview = previews[0]?.cues ?? [];
    expect(preview.length).toBeGreaterThan(0);
    expect(preview).toEqual(whole.cues.slice(0, preview.length));
    expect(preview.length).toBeLessThanOrEqual(previewOf(text.slice(0, 400))?.cues.length ?? 0);
    expect(preview.length).toBeLessThan(whole.cues.length - 1);
  });

  it('gives no preview for a short file, or for JSON, which is readable only whole', () => {
    expect(readAll([encode(readFixture('interview.vtt'))]).previews).toEqual([]);
    const json = encode(readFixture('interview.podcast.json'));
    expect(readAll(chunked(json, [0.5]), 10).previews).toEqual([]);
  });

  it('reports a file it cannot read with the same error parsing it whole gives', () => {
    const reader = createTranscriptReader(10);
    expect(reader.push(encode('Just some notes,\nwith no times at all.\n'))).toBeNull();
    expect(() => reader.finish()).toThrow(TranscriptParseError);
    const empty = createTranscriptReader();
    expect(() => empty.finish()).toThrow(/empty/);
  });
});

describe('completePrefix', () => {
  it('cuts WebVTT and SRT at the last blank line, whatever the line ends', () => {
    expect(completePrefix('WEBVTT\n\n1 --> 2\na\n\n3 --> 4\nb', 'webvtt')).toBe(
      'WEBVTT\n\n1 --> 2\na',
    );
    expect(completePrefix('1\r\n0 --> 1\r\na\r\n\r\n2\r\n', 'srt')).toBe('1\r\n0 --> 1\r\na');
    expect(completePrefix('WEBVTT\r\rx --> y\r', 'webvtt')).toBe('WEBVTT');
    expect(completePrefix('WEBVTT\n00:01.000 --> 00:02.000', 'webvtt')).toBeNull();
  });

  it('cuts line-per-cue text at the last line end, and never cuts JSON', () => {
    expect(completePrefix('Title\n00:01 a\n00:02 b', 'talk-python')).toBe('Title\n00:01 a');
    expect(completePrefix('{"segments": [', 'whisper-json')).toBeNull();
  });
});

describe('previewOf', () => {
  it('never throws, whatever the text', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const preview = previewOf(`WEBVTT\n\n${text}`);
        expect(preview === null || preview.cues.length > 0).toBe(true);
      }),
    );
  });
});
