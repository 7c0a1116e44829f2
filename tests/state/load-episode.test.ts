import { beforeEach, describe, expect, it } from 'vitest';
import { episodeFolderFromSearch, loadEpisode } from '../../src/state/load-episode';
import { useTandem } from '../../src/state/store';
import { resetStore } from '../helpers/store';

const META = {
  id: 'demo',
  title: 'A demo',
  show: 'A show',
  audio: 'audio.mp3',
  transcript: 'transcript.txt',
  peaks: 'peaks.json',
};

/** A fetch that serves files from a table, and 404 for anything else. */
function serve(files: Record<string, string>): typeof fetch {
  return async (input) => {
    const name = String(input).split('/').pop() as string;
    const body = files[name];
    return body === undefined
      ? new Response('missing', { status: 404, statusText: 'Not Found' })
      : new Response(body, { status: 200 });
  };
}

const good = {
  'episode.json': JSON.stringify(META),
  'transcript.txt': 'Title\n00:00 One\n00:05 Two\n',
  'peaks.json': JSON.stringify({ duration: 10, peaks: [[-0.1, 0.1]] }),
};

describe('loadEpisode', () => {
  beforeEach(resetStore);

  it('loads metadata, transcript and peaks', async () => {
    const loaded = await loadEpisode('/episodes/demo/', useTandem, serve(good));
    expect(loaded?.audioUrl).toBe('http://localhost:3000/episodes/demo/audio.mp3');
    expect(loaded?.peaks?.duration).toBe(10);
    expect(useTandem.getState().episode?.title).toBe('A demo');
    expect(useTandem.getState().transcript?.cues).toHaveLength(2);
    expect(useTandem.getState().errors).toEqual([]);
  });

  it('names the file and the line when the transcript is broken, and still plays', async () => {
    const loaded = await loadEpisode(
      '/episodes/demo/',
      useTandem,
      serve({ ...good, 'transcript.txt': 'Title\n00:00 One\n00:61 Two\n' }),
    );
    expect(loaded).not.toBeNull();
    expect(useTandem.getState().errors).toEqual([
      'Could not read the transcript transcript.txt: line 3, column 1: "00:61" is not a valid time; expected MM:SS or H:MM:SS with minutes and seconds below 60.',
    ]);
  });

  it('reports a missing transcript by name', async () => {
    const { 'transcript.txt': _missing, ...rest } = good;
    await loadEpisode('/episodes/demo/', useTandem, serve(rest));
    expect(useTandem.getState().errors).toEqual([
      'Could not download transcript.txt: the server answered 404 Not Found.',
    ]);
  });

  it('draws a flat waveform when the peaks are unusable, and says so', async () => {
    const loaded = await loadEpisode(
      '/episodes/demo/',
      useTandem,
      serve({ ...good, 'peaks.json': '{"duration": 10' }),
    );
    expect(loaded?.peaks).toBeNull();
    expect(useTandem.getState().errors[0]).toMatch(
      /^peaks\.json: not valid JSON \(.+\)\. The waveform is drawn flat; playback still works\.$/,
    );
    expect(useTandem.getState().transcript?.cues).toHaveLength(2);
  });

  it('stops with a message when episode.json cannot be read', async () => {
    const loaded = await loadEpisode(
      '/episodes/demo/',
      useTandem,
      serve({ ...good, 'episode.json': '{"id": "x"}' }),
    );
    expect(loaded).toBeNull();
    expect(useTandem.getState().errors).toEqual([
      'episode.json: expected "title" to be a non-empty string.',
    ]);
  });
});

describe('episodeFolderFromSearch', () => {
  const origin = 'http://localhost:3000';
  it.each([
    ['', '/episodes/talk-python-013/'],
    ['?t=12', '/episodes/talk-python-013/'],
    ['?episode=episodes/long', 'http://localhost:3000/episodes/long/'],
    ['?episode=/bench/episode/', 'http://localhost:3000/bench/episode/'],
    ['?episode=https://evil.example/x/', '/episodes/talk-python-013/'],
    ['?episode=//evil.example/x/', '/episodes/talk-python-013/'],
  ])('%j opens %j', (search, folder) => {
    expect(episodeFolderFromSearch(search, origin)).toBe(folder);
  });
});

describe('loadEpisode and the audio length', () => {
  beforeEach(resetStore);
  it('ends the last line where the audio ends', async () => {
    await loadEpisode('/episodes/demo/', useTandem, serve(good));
    expect(useTandem.getState().transcript?.cues.map((c) => [c.start, c.end])).toEqual([
      [0, 5],
      [5, 10],
    ]);
  });
});
