import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectFormat, parseTranscript } from '../../../src/core/formats/detect';
import { TranscriptParseError } from '../../../src/core/formats/parse-error';
import * as podcast from '../../../src/core/formats/podcast-json';
import * as whisper from '../../../src/core/formats/whisper-json';
import { hasConformance, readConformance, readFixture } from '../../helpers/files';

const words = (...items: Array<[string, number, number, string?]>) =>
  JSON.stringify({
    version: '1.0.0',
    segments: items.map(([body, startTime, endTime, speaker]) => ({
      body,
      startTime,
      endTime,
      speaker,
    })),
  });

describe('Podcasting 2.0 JSON', () => {
  it('groups word segments into lines by speaker, sentence end and pause, keeping word timings', () => {
    const { cues } = podcast.parse(
      words(
        ['Hello', 0, 0.4, 'Ann'],
        ['there.', 0.5, 0.9, 'Ann'],
        ['How', 1, 1.2, 'Ann'],
        ['are', 1.3, 1.5, 'Ann'],
        ['you', 3, 3.2, 'Ann'],
        ['Fine', 3.3, 3.6, 'Bob'],
      ),
    );
    expect(cues.map((c) => [c.speaker, c.start, c.end, c.text])).toEqual([
      ['Ann', 0, 0.9, 'Hello there.'],
      ['Ann', 1, 1.5, 'How are'],
      ['Ann', 3, 3.2, 'you'],
      ['Bob', 3.3, 3.6, 'Fine'],
    ]);
    expect(cues[0]?.words).toEqual([
      { start: 0, end: 0.4, text: 'Hello' },
      { start: 0.5, end: 0.9, text: 'there.' },
    ]);
  });

  it('keeps sentence segments as lines, and reads the draft start_time/end_time spelling', () => {
    const source = JSON.stringify({
      segments: [
        { speaker: 'Ann', start_time: '1.5', end_time: 4, body: 'A whole sentence here.' },
        { speaker: 'Ann', start_time: 4, end_time: 6, body: 'And another.' },
      ],
    });
    expect(podcast.parse(source).cues.map((c) => [c.start, c.end, c.text])).toEqual([
      [1.5, 4, 'A whole sentence here.'],
      [4, 6, 'And another.'],
    ]);
  });

  it('names what is wrong', () => {
    expect(() => podcast.parse('{"segments": [{"body": "x"}]}')).toThrow(
      'segments[0] has no "startTime" number.',
    );
    expect(() => podcast.parse('{"segments": [')).toThrow(TranscriptParseError);
    try {
      podcast.parse('{\n  "segments": [\n    {"body": "x",}\n  ]\n}');
    } catch (error) {
      expect(error).toMatchObject({ code: 'bad-json', line: 3 });
    }
  });
});

describe('Whisper JSON', () => {
  it('skips and counts whisper.cpp segments without a start, and refuses a file of only those', () => {
    const segment = (from?: number) => ({
      text: 'hi',
      offsets: from === undefined ? {} : { from, to: from + 500 },
    });
    const { cues, skipped } = whisper.parse(
      JSON.stringify({ transcription: [segment(0), segment(), segment(1000)] }),
    );
    expect(cues).toHaveLength(2);
    expect(skipped).toEqual({
      count: 1,
      first: [{ detail: 'transcription[1] has no "offsets.from" time in milliseconds.' }],
    });
    expect(() => whisper.parse(JSON.stringify({ transcription: [segment()] }))).toThrow(
      'no line could be read: its one cue was skipped. The first: transcription[0] has no "offsets.from" time in milliseconds.',
    );
  });

  it('reads openai-whisper segments with words and a diarization speaker', () => {
    const source = JSON.stringify({
      text: ' Hi. Bye.',
      segments: [
        {
          id: 0,
          start: 0,
          end: 1.5,
          text: ' Hi.',
          speaker: 'SPEAKER_00',
          words: [{ word: ' Hi.', start: 0.1, end: 0.5, probability: 0.9 }],
        },
        { id: 1, start: 1.5, end: 3, text: ' Bye.' },
      ],
    });
    expect(whisper.parse(source).cues).toEqual([
      {
        start: 0,
        end: 1.5,
        text: 'Hi.',
        speaker: 'SPEAKER_00',
        words: [{ start: 0.1, end: 0.5, text: 'Hi.' }],
      },
      { start: 1.5, end: 3, text: 'Bye.' },
    ]);
  });

  it('reads whisper.cpp output, offsets in milliseconds', () => {
    const source = JSON.stringify({
      transcription: [
        {
          timestamps: { from: '00:00:00,000', to: '00:00:02,500' },
          offsets: { from: 0, to: 2500 },
          text: ' First.',
        },
        {
          timestamps: { from: '00:00:02,500', to: '00:00:04,000' },
          offsets: { from: 2500, to: 4000 },
          text: ' Second.',
        },
      ],
    });
    expect(whisper.parse(source).cues.map((c) => [c.start, c.end, c.text])).toEqual([
      [0, 2.5, 'First.'],
      [2.5, 4, 'Second.'],
    ]);
  });
});

describe('detecting the format by content', () => {
  it.each([
    ['WEBVTT\n\n00:01.000 --> 00:02.000\nx', 'webvtt'],
    ['\uFEFF  WEBVTT', 'webvtt'],
    ['1\n00:00:01,000 --> 00:00:02,000\nx', 'srt'],
    ['Title\n00:00 Hello', 'talk-python'],
    ['00:00:00 <v A>Hello', 'talk-python'],
    [words(['a', 0, 1]), 'podcast-json'],
    ['{"segments": [{"start": 0, "end": 1, "text": "x"}]}', 'whisper-json'],
    ['{"transcription": []}', 'whisper-json'],
    ['{"nothing": true}', undefined],
    ['just prose', undefined],
  ])('%j is %s', (source, format) => {
    expect(detectFormat(source)).toBe(format);
  });

  it('says which formats it reads when it reads none', () => {
    expect(() => parseTranscript('just prose, no times')).toThrow(
      'this is not a transcript format Tandem reads: expected WebVTT, SRT, Podcasting 2.0 JSON or HTML, Whisper JSON, or lines like "12:37 Some words".',
    );
    expect(() => parseTranscript('{"broken": ')).toThrow(/not valid JSON/);
  });

  it('reads our own fixture files', () => {
    expect(parseTranscript(readFixture('talk-python-basic.txt')).format).toBe('talk-python');
  });

  it('any input either parses into well-formed cues or throws TranscriptParseError', () => {
    const piece = fc.oneof(
      fc.string(),
      fc.constantFrom(
        'WEBVTT',
        '{',
        '}',
        '"segments":',
        '[',
        ']',
        '00:00:01,000 --> 00:00:02,000',
        '12:37 x',
        '"body"',
        '"startTime": 1',
        ',',
      ),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 16 }), (parts) => {
        try {
          const { transcript } = parseTranscript(parts.join('\n'));
          for (const cue of transcript.cues) {
            expect(Number.isFinite(cue.start)).toBe(true);
            expect(cue.end).toBeGreaterThanOrEqual(cue.start);
          }
        } catch (error) {
          expect(error).toBeInstanceOf(TranscriptParseError);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe.skipIf(!hasConformance)('JSON conformance files', () => {
  it('Podcasting 2.0 example: one line per speaker turn, word timings kept', () => {
    const { cues } = parseTranscript(readConformance('podcast2/example.json')).transcript;
    expect(cues.map((c) => [c.speaker, c.start, c.text])).toEqual([
      ['Darth Vader', 0.5, 'I am your father.'],
      ['Luke', 2.75, 'Nooooo'],
    ]);
    expect(cues[0]?.words).toHaveLength(4);
  });

  it('whisper-timestamped: 4 segments, 59 words', () => {
    const { format, transcript } = parseTranscript(
      readConformance('asr-json/whisper-timestamped-min.json'),
    );
    expect(format).toBe('whisper-json');
    expect(transcript.cues).toHaveLength(4);
    expect(transcript.cues[0]).toMatchObject({
      start: 0.12,
      end: 7.62,
      text: "Yeah, as much as it's worth celebrating the first spacewalk with an all-female team,",
    });
    expect(transcript.cues.flatMap((c) => c.words ?? [])).toHaveLength(59);
  });

  it('openai-whisper with right-to-left text: 8 segments, 26 words', () => {
    const { transcript } = parseTranscript(
      readConformance('asr-json/whisper-timestamped-arabic.words.json'),
    );
    expect(transcript.cues).toHaveLength(8);
    expect(transcript.cues[0]).toMatchObject({ start: 1.8, end: 7.48, text: 'حبّي أنصار الهدى' });
    expect(transcript.cues.flatMap((c) => c.words ?? [])).toHaveLength(26);
  });

  it('the Podcasting 2.0 SRT and VTT examples are detected as what they are', () => {
    expect(parseTranscript(readConformance('podcast2/example.srt')).format).toBe('srt');
    expect(parseTranscript(readConformance('podcast2/example.vtt')).format).toBe('webvtt');
  });
});
