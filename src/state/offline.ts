/**
 * "Keep for offline": an episode's files copied into Cache Storage, one cache per episode, for the
 * service worker (src/sw/sw.ts) to serve when there is no network. Loaded on demand.
 *
 * - Each file streams from the network straight into the cache: a long episode's audio is never
 *   held in memory, and never downloaded twice.
 * - A copy is complete only once its record is written, last. A failure (no space, a broken
 *   download, the listener's "Stop") deletes the whole cache: there is never a half-kept episode
 *   that claims to be complete, and a copy interrupted by closing the page is removed the next
 *   time the list is read.
 * - Before the audio is stored, its size is checked against the space the browser grants; the
 *   browser is asked to keep the copies (`navigator.storage.persist()`).
 */
import {
  announcedLength,
  filesToKeep,
  isOfflineCacheName,
  isWhole,
  keptPeaksKey,
  offlineCacheName,
  recordIn,
  recordKey,
  spaceProblem,
  type EpisodeFile,
  type KeptFile,
  type OfflineRecord,
} from '../core/offline';
import { messageOf } from '../core/messages';
import type { Peaks } from '../core/episode';
import { readCachedPeaks } from '../media/peaks-cache';
import { describeDownloadFailure } from './describe';
import { download, type Fetch } from './remote';
import { formatBytes } from '../i18n/format';
import { i18n, t } from '../i18n/i18n';

/** What keeping and listing need from the browser (tests pass their own). */
export interface OfflineStorage {
  caches: CacheStorage;
  fetch: Fetch;
  /** The page's address the records' keys are relative to. */
  scope: string;
  estimate(): Promise<{ usage?: number | undefined; quota?: number | undefined }>;
  persist(): Promise<boolean>;
  /** Whether the browser has promised to keep this site's storage. */
  isPersisted(): Promise<boolean>;
  /** Whether a service worker serves this page (without one, a copy would never be read). */
  hasWorker(): boolean;
  /** Holds a lock named `name` while `work` runs (so another tab's list leaves the copy be). */
  lock<T>(name: string, work: () => Promise<T>): Promise<T>;
  /** The lock names held now, in any tab. */
  heldLocks(): Promise<string[]>;
  /** Tells the service worker the kept episodes changed. */
  notifyWorker(): void;
}

/** The browser's storage, or null where Cache Storage is missing (then nothing can be kept). */
export function browserStorage(): OfflineStorage | null {
  if (typeof caches === 'undefined') return null;
  const locks = typeof navigator !== 'undefined' ? navigator.locks : undefined;
  return {
    caches,
    fetch: (...args) => fetch(...args),
    scope: document.baseURI,
    estimate: async () => (navigator.storage?.estimate ? navigator.storage.estimate() : {}),
    persist: async () =>
      navigator.storage?.persist ? navigator.storage.persist().catch(() => false) : false,
    isPersisted: async () =>
      navigator.storage?.persisted ? navigator.storage.persisted().catch(() => false) : false,
    hasWorker: () => Boolean(navigator.serviceWorker?.controller),
    lock: (name, work) => (locks ? locks.request(name, work) : work()),
    heldLocks: async () =>
      locks
        ? ((await locks.query()).held ?? []).flatMap((lock) => (lock.name ? [lock.name] : []))
        : [],
    notifyWorker: () =>
      navigator.serviceWorker?.controller?.postMessage({ type: 'tandem:offline-changed' }),
  };
}

/** The episode to keep: its metadata, its files, and the page address that opens it. */
export interface EpisodeToKeep {
  id: string;
  title: string;
  show: string;
  address: string;
  files: readonly EpisodeFile[];
}

export interface KeepProgress {
  /** Bytes stored so far, all files together. */
  stored: number;
  /** The bytes to store, once every size is known (a server may not say one). */
  total: number | null;
}

/** A copy could not be made; the message says why in plain words (the cache is gone). */
export class KeepFailed extends Error {
  override readonly name = 'KeepFailed';
}

const isQuotaError = (error: unknown): boolean =>
  error instanceof DOMException && error.name === 'QuotaExceededError';
const isAbort = (error: unknown): boolean =>
  error instanceof DOMException && error.name === 'AbortError';

const language = (): string => i18n.locale || 'en';

/** "needs 120 MB, and 80 MB are free". */
function noSpace(title: string, needed: number, free: number): KeepFailed {
  return new KeepFailed(
    t('offline.error.noSpace', {
      title,
      needed: formatBytes(needed, language()),
      free: formatBytes(free, language()),
    }),
  );
}

/** The audio, straight from its host: it never goes through the relay. */
async function downloadAudio(file: EpisodeFile, storage: OfflineStorage): Promise<Response> {
  let response: Response;
  try {
    response = await storage.fetch(file.url, { credentials: 'omit' });
  } catch (error) {
    const isCrossSite = new URL(file.url, storage.scope).origin !== new URL(storage.scope).origin;
    throw new KeepFailed(
      isCrossSite
        ? t('offline.error.audioNoCors', { file: file.label })
        : describeDownloadFailure(file.label, { reason: 'network', isCrossSite: false }),
      { cause: error },
    );
  }
  if (!response.ok) {
    const status = [response.status, response.statusText].filter(Boolean).join(' ');
    throw new KeepFailed(describeDownloadFailure(file.label, { reason: 'status', status }));
  }
  return response;
}

/**
 * A copy of `response`'s body that reports each chunk as it passes; `signal` breaks it off (which
 * cancels the download too).
 */
function counted(
  response: Response,
  onBytes: (count: number) => void,
  signal: AbortSignal | undefined,
): ReadableStream<Uint8Array> {
  const body = response.body ?? new Blob([]).stream();
  return body.pipeThrough(
    new TransformStream<Uint8Array, Uint8Array>({
      start(controller) {
        signal?.addEventListener('abort', () => controller.error(signal.reason), { once: true });
      },
      transform(chunk, controller) {
        onBytes(chunk.byteLength);
        controller.enqueue(chunk);
      },
    }),
  );
}

/**
 * Keeps an episode for offline: every file it is made of, then its record. Resolves with the
 * record; rejects with KeepFailed (its message for the listener) or an AbortError, and then
 * nothing of the episode is left in storage.
 */
export async function keepEpisode(
  episode: EpisodeToKeep,
  {
    storage,
    onProgress = () => undefined,
    signal,
  }: {
    storage: OfflineStorage;
    onProgress?: (progress: KeepProgress) => void;
    signal?: AbortSignal;
  },
): Promise<OfflineRecord> {
  const files = filesToKeep(episode.files);
  if (files.length === 0) throw new KeepFailed(t('offline.error.nothingOnWeb'));
  const name = offlineCacheName(episode.id);
  return storage.lock(name, async () => {
    await storage.caches.delete(name);
    const cache = await storage.caches.open(name);
    try {
      const record = await copyFiles(episode, files, cache, storage, onProgress, signal);
      storage.notifyWorker();
      return record;
    } catch (error) {
      await storage.caches.delete(name);
      // Stopped by the listener: the signal's reason (an AbortError), not the broken download.
      if (signal?.aborted) throw signal.reason as Error;
      if (error instanceof KeepFailed || isAbort(error)) throw error;
      // (The browser's estimate of free space may disagree: the failed write is what counts.)
      if (isQuotaError(error)) {
        throw new KeepFailed(t('offline.error.full', { title: episode.title }), { cause: error });
      }
      throw new KeepFailed(
        t('offline.error.failed', { title: episode.title, detail: messageOf(error) }),
        {
          cause: error,
        },
      );
    }
  });
}

async function copyFiles(
  episode: EpisodeToKeep,
  files: EpisodeFile[],
  cache: Cache,
  storage: OfflineStorage,
  onProgress: (progress: KeepProgress) => void,
  signal: AbortSignal | undefined,
): Promise<OfflineRecord> {
  const isPersisted = storage.persist();
  // Every file is asked for first: their sizes, together, say whether the copy fits and how far
  // along it is. Their bodies then stream into the cache one after the other.
  const responses = await openAll(files, storage);
  const sizes = responses.map((response) => announcedLength(response.headers));
  const total = sizes.every((size) => size !== null)
    ? sizes.reduce<number>((sum, size) => sum + (size ?? 0), 0)
    : null;
  const problem = spaceProblem(
    sizes.reduce<number>((sum, size) => sum + (size ?? 0), 0),
    await storage.estimate(),
  );
  if (problem) {
    responses.forEach((response) => void response.body?.cancel());
    throw noSpace(episode.title, problem.needed, problem.free);
  }

  const kept: KeptFile[] = [];
  let stored = 0;
  for (const [index, file] of files.entries()) {
    const response = responses[index] as Response;
    const announced = sizes[index] ?? null;
    if (signal?.aborted) {
      responses.slice(index).forEach((rest) => void rest.body?.cancel());
      signal.throwIfAborted();
    }
    let received = 0;
    const body = counted(
      response,
      (count) => {
        received += count;
        onProgress({ stored: stored + received, total });
      },
      signal,
    );
    const type = response.headers.get('content-type') ?? 'application/octet-stream';
    const headers: Record<string, string> = { 'content-type': type };
    if (announced !== null) headers['content-length'] = String(announced);
    try {
      await cache.put(file.url, new Response(body, { headers }));
    } catch (error) {
      responses.slice(index + 1).forEach((rest) => void rest.body?.cancel());
      throw error;
    }
    if (!isWhole(received, announced)) {
      responses.slice(index + 1).forEach((rest) => void rest.body?.cancel());
      throw new KeepFailed(
        describeDownloadFailure(file.label, {
          reason: 'broke-off',
          detail: t('offline.error.short', { received, announced: announced ?? 0 }),
        }),
      );
    }
    stored += received;
    kept.push({ ...file, bytes: received, type });
  }

  // Peaks computed from the audio (no peaks file): kept beside it, so the waveform draws offline.
  if (!files.some((file) => file.role === 'peaks')) {
    const peaks = await readCachedPeaks(`peaks:${episode.id}`);
    if (peaks) stored += await putPeaks(cache, storage.scope, episode.id, peaks);
  }

  const record: OfflineRecord = {
    version: 1,
    id: episode.id,
    title: episode.title,
    show: episode.show,
    address: episode.address,
    files: kept,
    bytes: stored,
    keptAt: Date.now(),
  };
  await isPersisted;
  signal?.throwIfAborted();
  // Last: only now is the copy complete.
  await cache.put(
    recordKey(storage.scope),
    new Response(JSON.stringify(record), { headers: { 'content-type': 'application/json' } }),
  );
  return record;
}

/** Asks for every file at once; when one fails, the others' downloads are cancelled. */
async function openAll(files: EpisodeFile[], storage: OfflineStorage): Promise<Response[]> {
  const opened = await Promise.allSettled(
    files.map((file) =>
      file.role === 'audio'
        ? downloadAudio(file, storage)
        : download(file.url, file.label, storage.fetch).catch((error: unknown) => {
            throw new KeepFailed(messageOf(error), { cause: error });
          }),
    ),
  );
  const failed = opened.find((result) => result.status === 'rejected');
  if (!failed) return opened.map((result) => (result as PromiseFulfilledResult<Response>).value);
  for (const result of opened) {
    if (result.status === 'fulfilled') void result.value.body?.cancel();
  }
  throw failed.reason;
}

async function putPeaks(cache: Cache, scope: string, id: string, peaks: Peaks): Promise<number> {
  const text = JSON.stringify(peaks);
  await cache.put(
    keptPeaksKey(scope, `peaks:${id}`),
    new Response(text, { headers: { 'content-type': 'application/json' } }),
  );
  return text.length;
}

/** The kept episodes, and how many interrupted copies were found (and removed) on the way. */
export async function listOfflineCopies(
  storage: OfflineStorage,
): Promise<{ records: OfflineRecord[]; removed: number }> {
  const held = new Set(await storage.heldLocks());
  const records: OfflineRecord[] = [];
  let removed = 0;
  for (const name of await storage.caches.keys()) {
    if (!isOfflineCacheName(name) || held.has(name)) continue;
    const record = await recordIn(await storage.caches.open(name), storage.scope);
    if (record) {
      records.push(record);
    } else {
      await storage.caches.delete(name);
      removed += 1;
    }
  }
  records.sort((a, b) => b.keptAt - a.keptAt);
  return { records, removed };
}

/** Removes an episode's copy (its files, its record). */
export async function removeOfflineCopy(id: string, storage: OfflineStorage): Promise<void> {
  await storage.caches.delete(offlineCacheName(id));
  storage.notifyWorker();
}

/** The record of `id`'s copy when it is complete, else null. */
export async function findOfflineCopy(
  id: string,
  storage: OfflineStorage,
): Promise<OfflineRecord | null> {
  const name = offlineCacheName(id);
  if (!(await storage.caches.has(name))) return null;
  return recordIn(await storage.caches.open(name), storage.scope);
}
