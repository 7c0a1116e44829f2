import { describe, expect, it } from 'vitest';
import { readEpisodeMeta, readPeaks } from '../../src/core/episode';

const meta = {
  id: 'talk-python-013',
  title: 'Flask web framework and much, much more',
  show: 'Talk Python to Me',
  episodeNumber: 13,
  link: 'https://talkpython.fm/episodes/show/13/flask-web-framework-and-much-much-more',
  audio: 'audio.mp3',
  transcript: 'transcript.txt',
  peaks: 'peaks.json',
};

describe('readEpisodeMeta', () => {
  it('accepts a complete episode.json', () => {
    expect(readEpisodeMeta(meta, 'episode.json')).toEqual(meta);
  });

  it('leaves out optional fields that are absent', () => {
    const { episodeNumber: _n, link: _l, peaks: _p, ...required } = meta;
    expect(readEpisodeMeta(required, 'episode.json')).toEqual(required);
  });

  it.each([
    [[], 'episode.json: expected a JSON object.'],
    [{ ...meta, title: '' }, 'episode.json: expected "title" to be a non-empty string.'],
    [{ ...meta, audio: 3 }, 'episode.json: expected "audio" to be a non-empty string.'],
    [{ ...meta, episodeNumber: '13' }, 'episode.json: expected "episodeNumber" to be a number.'],
    [{ ...meta, link: {} }, 'episode.json: expected "link" to be a string.'],
  ])('rejects %j saying which field is wrong', (data, message) => {
    expect(() => readEpisodeMeta(data, 'episode.json')).toThrow(message);
  });
});

describe('readPeaks', () => {
  it('accepts interleaved min/max channels', () => {
    expect(readPeaks({ duration: 2, peaks: [[-0.5, 0.5, -1, 1]] }, 'peaks.json')).toEqual({
      duration: 2,
      peaks: [[-0.5, 0.5, -1, 1]],
    });
  });

  it.each([
    [null, 'peaks.json: expected a JSON object.'],
    [
      { duration: 0, peaks: [[0]] },
      'peaks.json: expected "duration" to be a positive number of seconds.',
    ],
    [{ duration: 5 }, 'peaks.json: expected "peaks" to be a list of channels.'],
    [
      { duration: 5, peaks: [[]] },
      'peaks.json: expected channel 0 of "peaks" to be a non-empty list of numbers.',
    ],
    [
      { duration: 5, peaks: [[0, 2]] },
      'peaks.json: peaks[0][1] is 2; expected a number from -1 to 1.',
    ],
    [
      { duration: 5, peaks: [[0, 'x']] },
      'peaks.json: peaks[0][1] is "x"; expected a number from -1 to 1.',
    ],
  ])('rejects %j saying what is wrong', (data, message) => {
    expect(() => readPeaks(data, 'peaks.json')).toThrow(message);
  });
});
