/** Computed peaks kept in IndexedDB, so a second open of the same audio draws at once. */
import type { Peaks } from '../core/episode';

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
  if (typeof indexedDB === 'undefined') return null;
  try {
    const value = (await run('readonly', (store) => store.get(key))) as Peaks | undefined;
    return value && Array.isArray(value.peaks) && value.duration > 0 ? value : null;
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
