/**
 * Episodes kept for offline, as data: which files an episode is made of, the record that says a
 * copy is complete, the service worker's index of kept addresses, and the space check. The
 * copies themselves live in Cache Storage, one cache per episode (state/offline.ts writes them,
 * src/sw.ts serves them); nothing here touches either.
 */

/** What a file is to its episode. A "page" (episode.json, a feed) may change: it is read fresh
 * while online, and from the copy only offline. The others do not change once published. */
export type EpisodeFileRole = 'page' | 'audio' | 'transcript' | 'peaks' | 'chapters';

/** One file an episode is made of: its role, its address, and its name for messages. */
export interface EpisodeFile {
  role: EpisodeFileRole;
  url: string;
  label: string;
}

/** A kept file: its bytes as stored, and its type. */
export interface KeptFile extends EpisodeFile {
  bytes: number;
  type: string;
}

/**
 * The last entry written to an episode's cache: only a cache with this record holds a complete
 * copy. An interrupted copy has none, and is removed the next time the list is read.
 */
export interface OfflineRecord {
  version: 1;
  id: string;
  title: string;
  show: string;
  /** The page address that opens the episode again (path and query, no time). */
  address: string;
  files: KeptFile[];
  /** All files' bytes together. */
  bytes: number;
  /** When the copy was completed (ms since 1970). */
  keptAt: number;
}

const CACHE_PREFIX = 'tandem-offline:';

/** The cache that holds the episode `id`'s copy. */
export const offlineCacheName = (id: string): string => CACHE_PREFIX + id;

export const isOfflineCacheName = (name: string): boolean => name.startsWith(CACHE_PREFIX);

/** Where the record is kept in an episode's cache, for a page (or worker) at `scope`. */
export const recordKey = (scope: string): string => new URL('.tandem-offline-record', scope).href;

/** Where peaks computed from an episode's audio are kept with its copy (`key`: the peaks
 * cache's key for the episode). */
export const keptPeaksKey = (scope: string, key: string): string =>
  new URL(`.tandem-offline-peaks?key=${encodeURIComponent(key)}`, scope).href;

/** The files worth keeping: addresses on the web only (never blob:), each once, in order. */
export function filesToKeep(files: readonly EpisodeFile[]): EpisodeFile[] {
  const seen = new Set<string>();
  return files.filter((file) => {
    if (!/^https?:/i.test(file.url) || seen.has(file.url)) return false;
    seen.add(file.url);
    return true;
  });
}

/** Whether an episode made of `files` can be kept: it must have something on the web. */
export const canKeep = (files: readonly EpisodeFile[]): boolean => filesToKeep(files).length > 0;

const isString = (value: unknown): value is string => typeof value === 'string';
const isCount = (value: unknown): value is number =>
  typeof value === 'number' && Number.isFinite(value) && value >= 0;
const ROLES: readonly string[] = ['page', 'audio', 'transcript', 'peaks', 'chapters'];

function isKeptFile(value: unknown): value is KeptFile {
  if (typeof value !== 'object' || value === null) return false;
  const file = value as Record<string, unknown>;
  return (
    isString(file.role) &&
    ROLES.includes(file.role) &&
    isString(file.url) &&
    isString(file.label) &&
    isCount(file.bytes) &&
    isString(file.type)
  );
}

/** A record read back from storage, or null when it is not one (damaged, or another version). */
export function readOfflineRecord(value: unknown): OfflineRecord | null {
  if (typeof value !== 'object' || value === null) return null;
  const record = value as Record<string, unknown>;
  if (
    record.version !== 1 ||
    !isString(record.id) ||
    !isString(record.title) ||
    !isString(record.show) ||
    !isString(record.address) ||
    !Array.isArray(record.files) ||
    !record.files.every(isKeptFile) ||
    !isCount(record.bytes) ||
    !isCount(record.keptAt)
  ) {
    return null;
  }
  return record as unknown as OfflineRecord;
}

/** The complete copy's record in an episode's cache (for a page or worker at `scope`), or null
 * when it has none: an unfinished copy, or a damaged one. */
export async function recordIn(
  cache: { match(key: string): Promise<{ json(): Promise<unknown> } | undefined> },
  scope: string,
): Promise<OfflineRecord | null> {
  const response = await cache.match(recordKey(scope));
  return response ? readOfflineRecord(await response.json().catch(() => null)) : null;
}

/** Where the service worker finds a kept address: its episode's cache, and whether to try the
 * network first (a "page" file, which may have changed). */
export interface KeptEntry {
  cacheName: string;
  isFreshFirst: boolean;
}

/** Every kept address, for the service worker; an address kept by two episodes is served from
 * the first. */
export function keptIndex(records: readonly OfflineRecord[]): Map<string, KeptEntry> {
  const index = new Map<string, KeptEntry>();
  for (const record of records) {
    for (const file of record.files) {
      if (index.has(file.url)) continue;
      index.set(file.url, {
        cacheName: offlineCacheName(record.id),
        isFreshFirst: file.role === 'page',
      });
    }
  }
  return index;
}

/** The address a request is kept under: the URL without its fragment. */
export const keptAddress = (url: string): string => url.replace(/#.*$/, '');

/**
 * Whether `needed` bytes fit in what the browser grants this site; null when they do (or when
 * nothing is known), else the bytes needed and free, for the message.
 */
export function spaceProblem(
  needed: number,
  estimate: { usage?: number | undefined; quota?: number | undefined },
): { needed: number; free: number } | null {
  if (estimate.quota === undefined || needed <= 0) return null;
  const free = Math.max(0, estimate.quota - (estimate.usage ?? 0));
  return needed > free ? { needed, free } : null;
}

/** Whether a download ended with all the bytes its server announced (unknown length: yes). */
export const isWhole = (received: number, announced: number | null): boolean =>
  announced === null || received === announced;

/** The announced length of a response, when it says the length of the bytes we read. */
export function announcedLength(headers: { get(name: string): string | null }): number | null {
  const encoding = headers.get('content-encoding');
  if (encoding !== null && encoding.toLowerCase() !== 'identity') return null;
  const value = headers.get('content-length');
  if (value === null || !/^\d+$/.test(value.trim())) return null;
  return Number(value);
}
