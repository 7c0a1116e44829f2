import { describe, expect, it } from 'vitest';
import { parseTranscript } from '../../../src/core/formats/detect';
import { readFixture } from '../../helpers/files';

describe('our fixture files, one per format', () => {
  it('WebVTT: voices, styling, entities, word timings, settings', () => {
    const { format, transcript } = parseTranscript(readFixture('interview.vtt'));
    expect(format).toBe('webvtt');
    expect(transcript.title).toBe('Tandem test interview');
    expect(transcript.cues.map((c) => [c.start, c.speaker, c.text])).toEqual([
      [0, 'Ada', 'Welcome to the show & thanks for listening.'],
      [4, 'Ada', 'Today: flask, jinja and werkzeug.'],
      [8.5, 'Grace Hopper', "It's always easier to ask forgiveness\nthan it is to get permission."],
      [12, 'Ada', 'Thank you, Grace.'],
    ]);
    expect(transcript.cues[1]?.words?.map((w) => [w.start, w.end, w.text])).toEqual([
      [4, 5, 'Today: '],
      [5, 6, 'flask, '],
      [6, 7, 'jinja '],
      [7, 8.5, 'and werkzeug.'],
    ]);
  });

  it('SRT: BOM, CRLF, styling, caption speaker, missing index, dot, no milliseconds, empty cue', () => {
    const { format, transcript } = parseTranscript(readFixture('interview.srt'));
    expect(format).toBe('srt');
    expect(transcript.cues).toEqual([
      { start: 0, end: 4, text: 'Welcome to the show' },
      { start: 4, end: 8.5, text: 'Today we talk about Flask.', speaker: 'ADA' },
      { start: 8.5, end: 12, text: 'No index, a dot, no milliseconds.' },
      { start: 12, end: 15, text: '' },
    ]);
  });

  it('Podcasting 2.0 JSON: words grouped into lines by sentence, speaker and pause', () => {
    const { format, transcript } = parseTranscript(readFixture('interview.podcast.json'));
    expect(format).toBe('podcast-json');
    expect(transcript.cues.map((c) => [c.speaker, c.start, c.end, c.text])).toEqual([
      ['Ada', 0, 1.3, 'Welcome to the show.'],
      ['Ada', 1.5, 1.9, 'Grace?'],
      ['Grace', 2, 2.7, 'Thank you'],
      ['Grace', 4.5, 5, 'Ada.'],
    ]);
  });

  it('Whisper JSON: segments, words, diarization speakers', () => {
    const { format, transcript } = parseTranscript(readFixture('interview.whisper.json'));
    expect(format).toBe('whisper-json');
    expect(transcript.cues.map((c) => [c.speaker, c.text, c.words?.length])).toEqual([
      ['SPEAKER_00', 'Welcome to the show.', 4],
      ['SPEAKER_01', 'Thank you, Ada.', undefined],
    ]);
  });
});
