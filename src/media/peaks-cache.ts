/**
 * Computed peaks kept in IndexedDB, so a second open of the same audio draws at once; an episode
 * kept for offline also has them in its copy (state/offline.ts), read when IndexedDB has none.
 */
import type { Peaks } from '../core/episode';
import { keptPeaksKey } from '../core/offline';

const DB = 'tandem';
const STORE = 'peaks';

function open(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(DB, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(STORE);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

async function run<T>(
  mode: IDBTransactionMode,
  work: (store: IDBObjectStore) => IDBRequest<T>,
): Promise<T> {
  const db = await open();
  try {
    return await new Promise<T>((resolve, reject) => {
      const request = work(db.transaction(STORE, mode).objectStore(STORE));
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
  } finally {
    db.close();
  }
}

/** The cached peaks for `key`, or null (also when storage is unavailable). */
export async function readCachedPeaks(key: string): Promise<Peaks | null> {
  return (await readStoredPeaks(key)) ?? readKeptPeaks(key);
}

/** Peaks as this module stores them, or null for anything else. */
const asPeaks = (value: unknown): Peaks | null => {
  const peaks = value as Partial<Peaks> | null | undefined;
  return peaks &&
    Array.isArray(peaks.peaks) &&
    typeof peaks.duration === 'number' &&
    peaks.duration > 0
    ? (peaks as Peaks)
    : null;
};

async function readStoredPeaks(key: string): Promise<Peaks | null> {
  if (typeof indexedDB === 'undefined') return null;
  try {
    return asPeaks(await run('readonly', (store) => store.get(key)));
  } catch {
    return null;
  }
}

/** The peaks an offline copy holds for `key`, or null. */
async function readKeptPeaks(key: string): Promise<Peaks | null> {
  if (typeof caches === 'undefined') return null;
  try {
    const response = await caches.match(keptPeaksKey(document.baseURI, key));
    return response ? asPeaks(await response.json()) : null;
  } catch {
    return null;
  }
}

/** Keeps peaks for `key`; a refusal (private mode, quota) only costs a recomputation later. */
export async function cachePeaks(key: string, peaks: Peaks): Promise<void> {
  if (typeof indexedDB === 'undefined') return;
  try {
    await run('readwrite', (store) => store.put(peaks, key));
  } catch {
    // nothing to do: the cache is an optimisation
  }
}
