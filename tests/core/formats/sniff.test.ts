import { describe, expect, it } from 'vitest';
import { createTranscriptReader } from '../../../src/core/formats/reader';
import { parseTranscript } from '../../../src/core/formats/detect';
import { isWebPage, sniffNonText } from '../../../src/core/formats/sniff';

const bytes = (...parts: Array<string | number[]>): Uint8Array =>
  new Uint8Array(
    parts.flatMap((part) =>
      typeof part === 'string' ? [...part].map((c) => c.charCodeAt(0)) : part,
    ),
  );

describe('telling a transcript from something else', () => {
  it.each([
    [bytes('ID3', [4, 0, 0]), 'an audio file (MP3)'],
    [bytes([0xff, 0xfb, 0x90, 0x64]), 'an audio file (MP3)'],
    [bytes('RIFF', [0, 0, 0, 0], 'WAVE'), 'an audio file (WAV)'],
    [bytes([0, 0, 0, 0x20], 'ftypM4A '), 'an audio or video file (MP4/M4A)'],
    [bytes('%PDF-1.7'), 'a PDF document'],
    [bytes('hello', [0], 'world'), 'binary data, not text'],
  ])('%j is %s', (head, kind) => {
    expect(sniffNonText(head)).toBe(kind);
  });

  it.each([
    bytes('WEBVTT\n\n00:01.000 --> 00:02.000\nhi'),
    bytes('1\n00:00:01,000 --> 00:00:02,000\nhi'),
    bytes([0xff, 0xfe], 'W', [0], 'E', [0]),
    bytes('{"segments": []}'),
  ])('lets text through', (head) => {
    expect(sniffNonText(head)).toBeUndefined();
  });

  it('refuses 40 MB of audio at its first chunk, without reading the rest', () => {
    const reader = createTranscriptReader();
    const chunk = new Uint8Array(64 * 1024);
    chunk.set(bytes('ID3', [4, 0]));
    expect(() => reader.push(chunk)).toThrow(
      'this file is an audio file (MP3), not a transcript; expected WebVTT',
    );
  });

  it('says a web page is a web page', () => {
    expect(isWebPage('<!DOCTYPE html><html><body>502 Bad Gateway</body></html>')).toBe(true);
    expect(isWebPage('<html lang="en">')).toBe(true);
    expect(isWebPage('WEBVTT\n\n00:01.000 --> 00:02.000\n<b>html</b>')).toBe(false);
    expect(() => parseTranscript('<!doctype html>\n<title>Error</title>')).toThrow(
      'this is a web page (HTML), not a transcript: is the address right, or did the server answer with an error page?',
    );
  });
});
