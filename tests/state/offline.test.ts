import { beforeEach, describe, expect, it, vi } from 'vitest';
import { offlineCacheName, recordKey, type EpisodeFile } from '../../src/core/offline';
import {
  findOfflineCopy,
  keepEpisode,
  KeepFailed,
  listOfflineCopies,
  removeOfflineCopy,
  type KeepProgress,
  type OfflineStorage,
} from '../../src/state/offline';
import { FakeCaches } from '../helpers/fake-caches';

vi.mock('../../src/media/peaks-cache', () => ({
  readCachedPeaks: async (key: string) =>
    key === 'peaks:computed' ? { duration: 60, peaks: [[0, 0.5, -0.5, 0]] } : null,
}));

const SCOPE = 'http://127.0.0.1:4173/';
const AUDIO = `${SCOPE}episodes/demo/audio.mp3`;
const TRANSCRIPT = `${SCOPE}episodes/demo/transcript.txt`;
const META = `${SCOPE}episodes/demo/episode.json`;

interface Served {
  bytes: number;
  /** Bytes per chunk of the body. */
  chunk?: number;
  /** Announces more bytes than it sends (a download that broke off). */
  announces?: number;
  type?: string;
  /** The request fails outright (another site without CORS, or no network). */
  fails?: boolean;
  status?: number;
}

/** A fetch serving `table`; each body streams in chunks, as a network's does. */
function serve(table: Record<string, Served>): typeof fetch {
  return async (input) => {
    const served = table[String(input)];
    if (!served) return new Response('missing', { status: 404, statusText: 'Not Found' });
    if (served.fails) throw new TypeError('Failed to fetch');
    if (served.status) return new Response('', { status: served.status, statusText: 'Gone' });
    const chunk = served.chunk ?? 1000;
    let sent = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent >= served.bytes) return controller.close();
        const size = Math.min(chunk, served.bytes - sent);
        sent += size;
        controller.enqueue(new Uint8Array(size).fill(7));
      },
    });
    return new Response(body, {
      headers: {
        'content-type': served.type ?? 'application/octet-stream',
        'content-length': String(served.announces ?? served.bytes),
      },
    });
  };
}

function storageWith(
  table: Record<string, Served>,
  options: { limit?: number; quota?: number; held?: string[] } = {},
) {
  const caches = new FakeCaches(options.limit);
  const notifyWorker = vi.fn();
  const persist = vi.fn(async () => true);
  const storage: OfflineStorage = {
    caches: caches as unknown as CacheStorage,
    fetch: serve(table),
    scope: SCOPE,
    estimate: async () =>
      options.quota === undefined ? {} : { usage: caches.used(), quota: options.quota },
    persist,
    isPersisted: async () => true,
    hasWorker: () => true,
    lock: (_name, work) => work(),
    heldLocks: async () => options.held ?? [],
    notifyWorker,
  };
  return { storage, caches, notifyWorker, persist };
}

const FILES: EpisodeFile[] = [
  { role: 'page', url: META, label: 'episode.json' },
  { role: 'audio', url: AUDIO, label: 'audio.mp3' },
  { role: 'transcript', url: TRANSCRIPT, label: 'transcript.txt' },
];

const episode = (files = FILES, id = 'demo') => ({
  id,
  title: 'Flask web framework',
  show: 'Talk Python to Me',
  address: '/',
  files,
});

const TABLE: Record<string, Served> = {
  [META]: { bytes: 500, type: 'application/json' },
  [AUDIO]: { bytes: 50_000, chunk: 4096, type: 'audio/mpeg' },
  [TRANSCRIPT]: { bytes: 3000, type: 'text/plain' },
};

describe('keepEpisode', () => {
  beforeEach(() => vi.useRealTimers());

  it('copies every file as it streams, and writes the record last', async () => {
    const { storage, caches, notifyWorker, persist } = storageWith(TABLE);
    const progress: KeepProgress[] = [];
    const record = await keepEpisode(episode(), {
      storage,
      onProgress: (p) => progress.push(p),
    });
    expect(record.bytes).toBe(53_500);
    expect(record.files.map((f) => [f.role, f.bytes])).toEqual([
      ['page', 500],
      ['audio', 50_000],
      ['transcript', 3000],
    ]);
    const cache = caches.caches.get(offlineCacheName('demo'));
    const audio = await cache?.match(AUDIO);
    expect((await audio?.arrayBuffer())?.byteLength).toBe(50_000);
    expect(audio?.headers.get('content-type')).toBe('audio/mpeg');
    // Progress came chunk by chunk and only grew; the last report is the whole.
    expect(progress.length).toBeGreaterThan(13);
    expect(
      progress.every((p, i) => i === 0 || p.stored >= (progress[i - 1] as KeepProgress).stored),
    ).toBe(true);
    // The whole size is known from the start (every file is asked for first).
    expect(progress.every((p) => p.total === 53_500)).toBe(true);
    expect(progress.at(-1)).toEqual({ stored: 53_500, total: 53_500 });
    // The record is the last entry written.
    expect([...(cache?.entries.keys() ?? [])].at(-1)).toBe(recordKey(SCOPE));
    expect(notifyWorker).toHaveBeenCalledOnce();
    expect(persist).toHaveBeenCalled();
    expect(await findOfflineCopy('demo', storage)).toEqual(record);
    expect((await listOfflineCopies(storage)).records).toEqual([record]);
  });

  it('keeps computed peaks with an episode that has no peaks file', async () => {
    const { storage, caches } = storageWith(TABLE);
    const record = await keepEpisode(episode(FILES, 'computed'), { storage });
    const cache = caches.caches.get(offlineCacheName('computed'));
    const peaks = await cache?.match(`${SCOPE}.tandem-offline-peaks?key=peaks%3Acomputed`);
    expect(await peaks?.json()).toEqual({ duration: 60, peaks: [[0, 0.5, -0.5, 0]] });
    expect(record.bytes).toBeGreaterThan(53_500);
  });

  it('refuses before writing when the episode does not fit, saying what it needs and has', async () => {
    const { storage, caches } = storageWith(TABLE, { quota: 20_000 });
    const keeping = keepEpisode(episode(), { storage });
    await expect(keeping).rejects.toThrow(KeepFailed);
    await expect(keeping).rejects.toThrow(
      /Cannot keep “Flask web framework” for offline: it needs 54 kB, and only 20 kB is free/,
    );
    expect(caches.puts).toBe(0);
    expect(await caches.keys()).toEqual([]);
  });

  it('a disk that fills up part-way leaves nothing behind, and says so', async () => {
    // Space for the audio, not for the rest.
    const { storage, caches } = storageWith(TABLE, { limit: 51_000 });
    const keeping = keepEpisode(episode(), { storage });
    await expect(keeping).rejects.toThrow(
      /ran out of space while saving it.*Nothing of it was kept/,
    );
    expect(await caches.keys()).toEqual([]);
    expect((await listOfflineCopies(storage)).records).toEqual([]);
  });

  it('a download that broke off is not kept as if whole', async () => {
    const { storage, caches } = storageWith({
      ...TABLE,
      [AUDIO]: { bytes: 30_000, announces: 50_000, type: 'audio/mpeg' },
    });
    await expect(keepEpisode(episode(), { storage })).rejects.toThrow(
      /Could not download audio\.mp3: the download broke off \(30000 of 50000 bytes arrived\)/,
    );
    expect(await caches.keys()).toEqual([]);
  });

  it('"Stop" cuts the copy short, and nothing of it is left', async () => {
    const { storage, caches } = storageWith(TABLE);
    const stopping = new AbortController();
    const keeping = keepEpisode(episode(), {
      storage,
      signal: stopping.signal,
      onProgress: ({ stored }) => {
        if (stored > 10_000) stopping.abort();
      },
    });
    await expect(keeping).rejects.toMatchObject({ name: 'AbortError' });
    expect(await caches.keys()).toEqual([]);
  });

  it('audio from a host that does not let other sites read it cannot be kept, and says why', async () => {
    const other = 'https://cdn.example/ep.mp3';
    const { storage, caches } = storageWith({ [other]: { bytes: 10, fails: true } });
    await expect(
      keepEpisode(episode([{ role: 'audio', url: other, label: 'ep.mp3' }]), { storage }),
    ).rejects.toThrow(
      /Cannot keep ep\.mp3 for offline: its server lets other sites play it but not save it \(CORS\)/,
    );
    expect(await caches.keys()).toEqual([]);
  });

  it('a file the server does not have names the file and the answer', async () => {
    const { storage, caches } = storageWith({ ...TABLE, [TRANSCRIPT]: { bytes: 0, status: 410 } });
    await expect(keepEpisode(episode(), { storage })).rejects.toThrow(
      /Could not download transcript\.txt: the server answered 410 Gone/,
    );
    expect(caches.puts).toBe(0);
    expect(await caches.keys()).toEqual([]);
  });

  it('files from this device have nothing to keep', async () => {
    const { storage } = storageWith({});
    await expect(
      keepEpisode(episode([{ role: 'audio', url: 'blob:x', label: 'a.mp3' }]), { storage }),
    ).rejects.toThrow(/already/);
  });

  it('keeping again replaces the old copy', async () => {
    const { storage, caches } = storageWith(TABLE);
    await keepEpisode(episode(), { storage });
    await keepEpisode(episode(), { storage });
    expect(await caches.keys()).toEqual([offlineCacheName('demo')]);
    expect((await listOfflineCopies(storage)).records).toHaveLength(1);
  });
});

describe('the list of kept episodes', () => {
  it('removes copies that were never finished, and counts them; leaves one being made', async () => {
    const { storage, caches } = storageWith(TABLE, { held: [offlineCacheName('busy')] });
    await keepEpisode(episode(), { storage });
    // A copy interrupted by closing the page: files, no record.
    await (await caches.open(offlineCacheName('cut'))).put(AUDIO, new Response('x'));
    // A copy another tab is making now.
    await (await caches.open(offlineCacheName('busy'))).put(AUDIO, new Response('x'));
    // The app shell's cache is not ours to judge.
    await caches.open('workbox-precache-v2');
    const { records, removed } = await listOfflineCopies(storage);
    expect(records.map((r) => r.id)).toEqual(['demo']);
    expect(removed).toBe(1);
    expect(await caches.keys()).toEqual([
      offlineCacheName('demo'),
      offlineCacheName('busy'),
      'workbox-precache-v2',
    ]);
  });

  it('lists the newest first, and forgets a removed copy', async () => {
    const { storage, notifyWorker } = storageWith(TABLE);
    const now = vi.spyOn(Date, 'now');
    now.mockReturnValue(1000);
    await keepEpisode(episode(FILES, 'older'), { storage });
    now.mockReturnValue(2000);
    await keepEpisode(episode(FILES, 'newer'), { storage });
    expect((await listOfflineCopies(storage)).records.map((r) => r.id)).toEqual(['newer', 'older']);
    await removeOfflineCopy('newer', storage);
    expect((await listOfflineCopies(storage)).records.map((r) => r.id)).toEqual(['older']);
    expect(await findOfflineCopy('newer', storage)).toBeNull();
    expect(notifyWorker).toHaveBeenCalledTimes(3);
  });
});
