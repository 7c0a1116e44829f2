import { beforeEach, describe, expect, it, vi } from 'vitest';
import {
  beginLoad,
  loadEpisode,
  startLoading,
  takeStartedLoad,
} from '../../src/state/load-episode';
import { useTandem } from '../../src/state/store';
import { resetStore } from '../helpers/store';

const DEMO_FOLDER = { kind: 'folder', url: '/episodes/demo/' } as const;

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
    const loaded = await loadEpisode(DEMO_FOLDER, { fetchImpl: serve(good) });
    expect(loaded?.audioUrl).toBe('http://localhost:3000/episodes/demo/audio.mp3');
    expect(loaded?.peaks?.duration).toBe(10);
    expect(useTandem.getState().episode?.title).toBe('A demo');
    expect(useTandem.getState().transcript?.cues).toHaveLength(2);
    expect(useTandem.getState().errors).toEqual([]);
  });

  it('names the file and the line when the transcript is broken, and still plays', async () => {
    const loaded = await loadEpisode(DEMO_FOLDER, {
      fetchImpl: serve({ ...good, 'transcript.txt': 'Title\n00:61 One\n00:62 Two\n' }),
    });
    expect(loaded).not.toBeNull();
    expect(useTandem.getState().errors).toEqual([
      'Could not read the transcript transcript.txt (Talk Python text transcript): line 2, column 1: no line could be read: all 2 cues were skipped. The first: "00:61" is not a valid time; expected MM:SS or H:MM:SS with minutes and seconds below 60.',
    ]);
  });

  it('reports a missing transcript by name', async () => {
    const { 'transcript.txt': _missing, ...rest } = good;
    await loadEpisode(DEMO_FOLDER, { fetchImpl: serve(rest) });
    expect(useTandem.getState().errors).toEqual([
      'Could not download transcript.txt: the server answered 404 Not Found.',
    ]);
  });

  it('computes the waveform from the audio when the peaks are unusable, and says so', async () => {
    const loaded = await loadEpisode(DEMO_FOLDER, {
      fetchImpl: serve({ ...good, 'peaks.json': '{"duration": 10' }),
    });
    expect(loaded?.peaks).toBeNull();
    expect(useTandem.getState().errors[0]).toMatch(
      /^peaks\.json: not valid JSON \(.+\)\. The waveform is computed from the audio instead\.$/,
    );
    expect(useTandem.getState().transcript?.cues).toHaveLength(2);
  });

  it('says plainly when a peaks address answers with a web page', async () => {
    await loadEpisode(DEMO_FOLDER, {
      fetchImpl: serve({
        ...good,
        'peaks.json': '<!DOCTYPE html><html><body>Sign in</body></html>',
      }),
    });
    expect(useTandem.getState().errors).toEqual([
      'peaks.json: the server sent a web page (HTML), not JSON: is the address right, or was it an error page? The waveform is computed from the audio instead.',
    ]);
  });

  it('stops with a message when episode.json cannot be read', async () => {
    const loaded = await loadEpisode(DEMO_FOLDER, {
      fetchImpl: serve({ ...good, 'episode.json': '{"id": "x"}' }),
    });
    expect(loaded).toBeNull();
    expect(useTandem.getState().errors).toEqual([
      'episode.json: expected "title" to be a non-empty string.',
    ]);
  });
});

describe('startLoading, before the page first renders', () => {
  beforeEach(resetStore);

  it('loads the episode into the store with no page rendered, and hands that load over once', async () => {
    const fetchSpy = vi.spyOn(globalThis, 'fetch').mockImplementation(serve(good));
    try {
      const done = startLoading(DEMO_FOLDER);
      const requested = fetchSpy.mock.calls.map(([input]) => String(input).split('/').pop());
      expect(requested).toContain('episode.json');
      const load = takeStartedLoad(DEMO_FOLDER);
      expect(load?.done).toBe(done);
      expect(await done).not.toBeNull();
      expect(useTandem.getState().transcript?.cues).toHaveLength(2);
      const all = fetchSpy.mock.calls.map(([input]) => String(input).split('/').pop());
      expect(all.filter((name) => name === 'episode.json')).toHaveLength(1);
      expect(all.filter((name) => name === 'transcript.txt')).toHaveLength(1);
      // Taken once: the page's next load of it begins its own.
      expect(takeStartedLoad(DEMO_FOLDER)).toBeNull();
    } finally {
      fetchSpy.mockRestore();
    }
  });

  it('writes nothing before the page is ready for it (its language in)', async () => {
    const fetchSpy = vi.spyOn(globalThis, 'fetch').mockImplementation(serve(good));
    try {
      let becomeReady = (): void => undefined;
      const ready = new Promise<void>((resolve) => (becomeReady = resolve));
      const done = startLoading(DEMO_FOLDER, ready);
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect(useTandem.getState().episode).toBeNull();
      becomeReady();
      await done;
      expect(useTandem.getState().episode?.title).toBeTruthy();
    } finally {
      fetchSpy.mockRestore();
    }
  });

  it('loads nothing for a show’s list of episodes, which loads its feed itself', async () => {
    const fetchSpy = vi.spyOn(globalThis, 'fetch').mockImplementation(serve(good));
    try {
      const source = { kind: 'feed', feedUrl: 'https://example.org/feed.xml' } as const;
      expect(await startLoading(source)).toBeNull();
      expect(fetchSpy).not.toHaveBeenCalled();
      expect(takeStartedLoad(source)).toBeNull();
      expect(useTandem.getState().errors).toEqual([]);
    } finally {
      fetchSpy.mockRestore();
    }
  });

  it('is not taken for another source', async () => {
    const fetchSpy = vi.spyOn(globalThis, 'fetch').mockImplementation(serve(good));
    try {
      startLoading(DEMO_FOLDER);
      expect(takeStartedLoad({ kind: 'folder', url: '/episodes/other/' })).toBeNull();
      // Its own load runs to its end on the files served here, before they stop being served.
      await takeStartedLoad(DEMO_FOLDER)?.done;
    } finally {
      fetchSpy.mockRestore();
    }
  });

  it('calls back when playable, at once for a load that already is, and never once abandoned', async () => {
    const fetchSpy = vi.spyOn(globalThis, 'fetch').mockImplementation(serve(good));
    try {
      const load = beginLoad(DEMO_FOLDER);
      await load.done;
      const early = vi.fn();
      load.whenPlayable(early);
      expect(early).toHaveBeenCalledTimes(1);
      const abandoned = beginLoad(DEMO_FOLDER);
      const late = vi.fn();
      abandoned.abort();
      abandoned.whenPlayable(late);
      expect(await abandoned.done).toBeNull();
      expect(late).not.toHaveBeenCalled();
    } finally {
      fetchSpy.mockRestore();
    }
  });
});

describe('loadEpisode and the audio length', () => {
  beforeEach(resetStore);
  it('ends the last line where the audio ends', async () => {
    await loadEpisode(DEMO_FOLDER, { fetchImpl: serve(good) });
    expect(useTandem.getState().transcript?.cues.map((c) => [c.start, c.end])).toEqual([
      [0, 5],
      [5, 10],
    ]);
  });
});

describe('loadEpisode from addresses and files', () => {
  beforeEach(resetStore);

  const vtt =
    'WEBVTT\n\n00:01.000 --> 00:03.000\n<v Ann>Hello\n\n00:03.000 --> 00:05.000\n<v Bob>Hi';

  it('opens audio and transcript URLs, with the sibling peaks file when there is one', async () => {
    const loaded = await loadEpisode(
      {
        kind: 'urls',
        audioUrl: 'https://cdn.example/show/ep.mp3',
        transcriptUrl: 'https://cdn.example/show/ep.vtt',
      },
      {
        fetchImpl: serve({
          'ep.vtt': vtt,
          'ep.peaks.json': JSON.stringify({ duration: 6, peaks: [[0, 0.5]] }),
        }),
      },
    );
    expect(loaded).toMatchObject({
      audioUrl: 'https://cdn.example/show/ep.mp3',
      peaks: { duration: 6 },
    });
    expect(loaded?.meta).toMatchObject({
      id: 'url:https://cdn.example/show/ep.mp3',
      title: 'ep.mp3',
      show: 'cdn.example',
    });
    expect(useTandem.getState().transcript?.cues.map((c) => [c.speaker, c.text])).toEqual([
      ['Ann', 'Hello'],
      ['Bob', 'Hi'],
    ]);
    expect(useTandem.getState().errors).toEqual([]);
  });

  it('without a sibling peaks file, says nothing about it', async () => {
    const loaded = await loadEpisode(
      { kind: 'urls', audioUrl: 'https://cdn.example/ep.mp3' },
      { fetchImpl: serve({}) },
    );
    expect(loaded?.peaks).toBeNull();
    expect(useTandem.getState().errors).toEqual([]);
  });

  it('names a transcript it cannot read, and keeps the audio', async () => {
    const loaded = await loadEpisode(
      {
        kind: 'urls',
        audioUrl: 'https://cdn.example/ep.mp3',
        transcriptUrl: 'https://cdn.example/notes.txt',
      },
      { fetchImpl: serve({ 'notes.txt': 'Just some notes without any times.' }) },
    );
    expect(loaded?.audioUrl).toBe('https://cdn.example/ep.mp3');
    expect(useTandem.getState().errors).toEqual([
      'Could not read the transcript notes.txt (transcript): line 1, column 1: this is not a transcript format Tandem reads: expected WebVTT, SRT, Podcasting 2.0 JSON or HTML, Whisper JSON, or lines like "12:37 Some words".',
    ]);
  });

  it('opens local files, a transcript alone too, and takes its title from the transcript', async () => {
    const transcript = new File(['My talk\n00:00 Hello\n00:04 World'], 'talk.txt');
    const loaded = await loadEpisode({ kind: 'files', transcript });
    expect(loaded?.audioUrl).toBeNull();
    expect(loaded?.meta.title).toBe('My talk');
    expect(useTandem.getState().episode?.title).toBe('My talk');
    expect(useTandem.getState().transcript?.cues).toHaveLength(2);
  });
});

describe('loadEpisode with a long transcript', () => {
  beforeEach(resetStore);

  const cue = (i: number) =>
    `00:${String(Math.floor(i / 60) % 60).padStart(2, '0')}:${String(i % 60).padStart(2, '0')}.000 --> 00:${String(Math.floor(i / 60) % 60).padStart(2, '0')}:${String(i % 60).padStart(2, '0')}.500\nLine ${i} of a long transcript\n`;
  const longVtt = `WEBVTT\n\n${Array.from({ length: 3000 }, (_, i) => cue(i)).join('\n')}`;
  const bytes = new TextEncoder().encode(longVtt);

  /** A fetch whose transcript arrives only as the test pushes it. */
  function slowTranscript() {
    let controller: ReadableStreamDefaultController<Uint8Array> | null = null;
    const body = new ReadableStream<Uint8Array>({ start: (c) => void (controller = c) });
    const fetchImpl: typeof fetch = async (input) =>
      String(input).endsWith('.vtt')
        ? new Response(body, { headers: { 'content-length': String(bytes.length) } })
        : new Response('missing', { status: 404 });
    return {
      fetchImpl,
      push: (part: Uint8Array) => controller?.enqueue(part),
      close: () => controller?.close(),
    };
  }
  const source = {
    kind: 'urls',
    audioUrl: 'https://cdn.example/long.mp3',
    transcriptUrl: 'https://cdn.example/long.vtt',
  } as const;

  it('shows the first lines, the player and progress before the rest has arrived', async () => {
    const transcript = slowTranscript();
    const onPlayable = vi.fn();
    const loading = loadEpisode(source, { fetchImpl: transcript.fetchImpl, onPlayable });
    const half = Math.floor(bytes.length / 2);
    transcript.push(bytes.subarray(0, half));
    await vi.waitFor(() => expect(useTandem.getState().transcript).not.toBeNull());
    expect(onPlayable).toHaveBeenCalledWith(
      expect.objectContaining({ audioUrl: 'https://cdn.example/long.mp3' }),
    );
    const preview = useTandem.getState().transcript?.cues ?? [];
    expect(preview.length).toBeGreaterThan(100);
    expect(preview.length).toBeLessThan(3000);
    expect(preview[0]?.text).toBe('Line 0 of a long transcript');
    expect(useTandem.getState().transcriptLoad).toEqual({ loaded: half, total: bytes.length });

    transcript.push(bytes.subarray(half));
    transcript.close();
    await loading;
    expect(useTandem.getState().transcript?.cues).toHaveLength(3000);
    expect(useTandem.getState().transcriptLoad).toBeNull();
    expect(useTandem.getState().errors).toEqual([]);
  });

  it('searches the whole transcript for a query typed while only the first lines were in', async () => {
    const transcript = slowTranscript();
    const loading = loadEpisode(source, { fetchImpl: transcript.fetchImpl });
    transcript.push(bytes.subarray(0, bytes.length / 2));
    await vi.waitFor(() => expect(useTandem.getState().transcript).not.toBeNull());
    useTandem.getState().setSearchQuery('Line 2999 ');
    expect(useTandem.getState().search.matches).toEqual([]);
    transcript.push(bytes.subarray(bytes.length / 2));
    transcript.close();
    await loading;
    expect(useTandem.getState().search.matches).toEqual([{ cueIndex: 2999, occurrence: 0 }]);
  });

  it('once abandoned, lets nothing more reach the store', async () => {
    const transcript = slowTranscript();
    const abandon = new AbortController();
    const loading = loadEpisode(source, {
      fetchImpl: transcript.fetchImpl,
      signal: abandon.signal,
    });
    transcript.push(bytes.subarray(0, 1000));
    await vi.waitFor(() => expect(useTandem.getState().transcriptLoad?.loaded).toBe(1000));
    abandon.abort();
    transcript.push(bytes.subarray(1000));
    transcript.close();
    await loading;
    expect(useTandem.getState().transcript).toBeNull();
    expect(useTandem.getState().errors).toEqual([]);
  });
});

describe('loadEpisode when the peaks come last', () => {
  beforeEach(resetStore);

  it('shows the transcript at once, and ends its last line with the audio once they arrive', async () => {
    let sendPeaks: () => void = () => undefined;
    const peaksSent = new Promise<void>((resolve) => (sendPeaks = resolve));
    const files = serve(good);
    const fetchImpl: typeof fetch = async (input) => {
      if (String(input).endsWith('peaks.json')) await peaksSent;
      return files(input);
    };
    const loading = loadEpisode(DEMO_FOLDER, { fetchImpl: fetchImpl });
    await vi.waitFor(() => expect(useTandem.getState().transcript?.cues).toHaveLength(2));
    expect(useTandem.getState().transcript?.cues[1]?.end).toBe(Number.POSITIVE_INFINITY);
    sendPeaks();
    await loading;
    expect(useTandem.getState().transcript?.cues[1]?.end).toBe(10);
  });
});
