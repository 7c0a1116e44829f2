import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  announcedLength,
  canKeep,
  filesToKeep,
  isOfflineCacheName,
  isWhole,
  keptAddress,
  keptIndex,
  keptPeaksKey,
  offlineCacheName,
  readOfflineRecord,
  recordKey,
  spaceProblem,
  type EpisodeFile,
  type OfflineRecord,
} from '../../src/core/offline';

const file = (role: EpisodeFile['role'], url: string): EpisodeFile => ({ role, url, label: url });

const record = (id: string, files: OfflineRecord['files']): OfflineRecord => ({
  version: 1,
  id,
  title: `Episode ${id}`,
  show: 'Show',
  address: `/?episode=${id}`,
  files,
  bytes: files.reduce((sum, f) => sum + f.bytes, 0),
  keptAt: 1_700_000_000_000,
});

describe('filesToKeep', () => {
  it('keeps files on the web, each address once, in order', () => {
    expect(
      filesToKeep([
        file('page', 'https://a.example/feed.xml'),
        file('audio', 'blob:http://localhost/1234'),
        file('transcript', 'https://a.example/t.vtt'),
        file('chapters', 'https://a.example/t.vtt'),
        file('audio', 'http://a.example/ep.mp3'),
      ]).map((f) => f.url),
    ).toEqual(['https://a.example/feed.xml', 'https://a.example/t.vtt', 'http://a.example/ep.mp3']);
  });

  it('an episode of local files cannot be kept', () => {
    expect(canKeep([file('audio', 'blob:http://localhost/1')])).toBe(false);
    expect(canKeep([])).toBe(false);
    expect(canKeep([file('audio', 'https://a.example/a.mp3')])).toBe(true);
  });

  it('never returns an address twice, nor one that is not http(s)', () => {
    const urls = fc.oneof(
      fc.webUrl(),
      fc.constantFrom('blob:x', 'data:,x', 'file:///a', 'javascript:alert(1)'),
    );
    const roles = fc.constantFrom('page', 'audio', 'transcript', 'peaks', 'chapters' as const);
    fc.assert(
      fc.property(fc.array(fc.record({ role: roles, url: urls, label: fc.string() })), (files) => {
        const kept = filesToKeep(files);
        expect(new Set(kept.map((f) => f.url)).size).toBe(kept.length);
        for (const f of kept) expect(f.url).toMatch(/^https?:/i);
        // Every web address given is kept once.
        const web = new Set(files.filter((f) => /^https?:/i.test(f.url)).map((f) => f.url));
        expect(kept.length).toBe(web.size);
      }),
    );
  });
});

describe('records', () => {
  it('a record reads back as itself', () => {
    const kept = record('a', [
      {
        role: 'audio',
        url: 'https://a.example/a.mp3',
        label: 'a.mp3',
        bytes: 10,
        type: 'audio/mpeg',
      },
    ]);
    expect(readOfflineRecord(JSON.parse(JSON.stringify(kept)))).toEqual(kept);
  });

  it('anything else is not a record (a damaged copy is treated as unfinished)', () => {
    const good = record('a', []);
    for (const bad of [
      null,
      'x',
      { ...good, version: 2 },
      { ...good, id: 3 },
      { ...good, bytes: -1 },
      { ...good, keptAt: Number.NaN },
      { ...good, files: [{ role: 'video', url: 'x', label: 'x', bytes: 1, type: 'x' }] },
      { ...good, files: [{ role: 'audio', url: 'x', label: 'x', bytes: '1', type: 'x' }] },
    ]) {
      expect(readOfflineRecord(bad)).toBeNull();
    }
    fc.assert(fc.property(fc.anything(), (value) => readOfflineRecord(value) === null));
  });
});

describe('keptIndex', () => {
  it('maps every kept address to its cache; pages are read fresh first', () => {
    const index = keptIndex([
      record('a', [
        { role: 'page', url: 'https://a.example/feed', label: 'feed', bytes: 1, type: 'x' },
        { role: 'audio', url: 'https://a.example/a.mp3', label: 'a', bytes: 1, type: 'x' },
      ]),
      record('b', [
        { role: 'page', url: 'https://a.example/feed', label: 'feed', bytes: 1, type: 'x' },
        { role: 'audio', url: 'https://a.example/b.mp3', label: 'b', bytes: 1, type: 'x' },
      ]),
    ]);
    expect(index.get('https://a.example/feed')).toEqual({
      cacheName: offlineCacheName('a'),
      isFreshFirst: true,
    });
    expect(index.get('https://a.example/b.mp3')).toEqual({
      cacheName: offlineCacheName('b'),
      isFreshFirst: false,
    });
    expect(index.size).toBe(3);
  });

  it('looks addresses up without their fragment', () => {
    expect(keptAddress('https://a.example/a.mp3#t=10')).toBe('https://a.example/a.mp3');
    expect(keptAddress('https://a.example/a.mp3?x=1')).toBe('https://a.example/a.mp3?x=1');
  });
});

describe('names and keys', () => {
  it('each episode has its own cache, told apart from the app shell', () => {
    expect(isOfflineCacheName(offlineCacheName('feed:https://a.example/f#1'))).toBe(true);
    expect(isOfflineCacheName('workbox-precache-v2-http://127.0.0.1/')).toBe(false);
    expect(offlineCacheName('a')).not.toBe(offlineCacheName('b'));
  });

  it('the record and the peaks live under the app, apart from any episode file', () => {
    expect(recordKey('http://127.0.0.1:4173/')).toBe(
      'http://127.0.0.1:4173/.tandem-offline-record',
    );
    expect(keptPeaksKey('http://127.0.0.1:4173/?x=1', 'peaks:feed:a#b')).toBe(
      'http://127.0.0.1:4173/.tandem-offline-peaks?key=peaks%3Afeed%3Aa%23b',
    );
  });
});

describe('space and completeness', () => {
  it('says when the bytes do not fit, and how much is free', () => {
    expect(spaceProblem(100, { usage: 50, quota: 120 })).toEqual({ needed: 100, free: 70 });
    expect(spaceProblem(70, { usage: 50, quota: 120 })).toBeNull();
    expect(spaceProblem(100, { usage: 500, quota: 120 })).toEqual({ needed: 100, free: 0 });
    // Nothing known: no refusal (the write itself still fails cleanly when full).
    expect(spaceProblem(100, {})).toBeNull();
    expect(spaceProblem(0, { usage: 0, quota: 0 })).toBeNull();
  });

  it('a download is whole when it has every announced byte', () => {
    expect(isWhole(10, 10)).toBe(true);
    expect(isWhole(9, 10)).toBe(false);
    expect(isWhole(11, 10)).toBe(false);
    expect(isWhole(5, null)).toBe(true);
  });

  it('the announced length counts only for bytes as read (not compressed ones)', () => {
    const headers = (entries: Record<string, string>) => new Headers(entries);
    expect(announcedLength(headers({ 'content-length': '1234' }))).toBe(1234);
    expect(
      announcedLength(headers({ 'content-length': '1234', 'content-encoding': 'gzip' })),
    ).toBeNull();
    expect(
      announcedLength(headers({ 'content-length': '12', 'content-encoding': 'identity' })),
    ).toBe(12);
    expect(announcedLength(headers({}))).toBeNull();
    expect(announcedLength(headers({ 'content-length': 'lots' }))).toBeNull();
  });
});
