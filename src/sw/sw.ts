/**
 * Tandem's service worker: the app shell from its precache (so the page opens offline), and the
 * episodes kept for offline from their caches (state/offline.ts writes them). Any other request
 * goes to the network untouched.
 *
 * A kept audio file answers the media element's Range requests with the part asked for. A kept
 * "page" file (episode.json, a feed) is read from the network while there is one, so a feed's new
 * episodes still show (from its host, or through the relay when its host has no CORS); the other
 * kept files are served from the copy, online or not.
 *
 * A new version waits until the page says to take over (its "Reload" button), so a page is never
 * switched to new code under a listener's feet.
 */
/// <reference lib="webworker" />
import { clientsClaim } from 'workbox-core';
import {
  cleanupOutdatedCaches,
  createHandlerBoundToURL,
  getCacheKeyForURL,
  precacheAndRoute,
  type PrecacheEntry,
} from 'workbox-precaching';
import { createPartialResponse } from 'workbox-range-requests';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import {
  isOfflineCacheName,
  keptAddress,
  keptIndex,
  recordIn,
  type KeptEntry,
  type OfflineRecord,
} from '../core/offline';

declare const self: ServiceWorkerGlobalScope & { __WB_MANIFEST: (string | PrecacheEntry)[] };

/** The page tells the worker to take over, and that the kept episodes changed. */
export type ToWorker = { type: 'SKIP_WAITING' } | { type: 'tandem:offline-changed' };

let kept: Map<string, KeptEntry> | null = null;
let reading: Promise<Map<string, KeptEntry>> | null = null;

/** The kept addresses, read again from the caches (a complete copy has its record). */
function readKept(): Promise<Map<string, KeptEntry>> {
  const read = (async () => {
    const records: OfflineRecord[] = [];
    for (const name of await caches.keys()) {
      if (!isOfflineCacheName(name)) continue;
      const record = await recordIn(await caches.open(name), self.registration.scope);
      if (record) records.push(record);
    }
    kept = keptIndex(records);
    return kept;
  })();
  reading = read;
  return read;
}

async function fromCopy(request: Request, entry: KeptEntry, url: string): Promise<Response> {
  const cached = await (await caches.open(entry.cacheName)).match(url);
  // Removed meanwhile: the network, as for any address.
  if (!cached) return fetch(request);
  return request.headers.has('range') ? createPartialResponse(request, cached) : cached;
}

async function answerKept(request: Request, url: string): Promise<Response> {
  const index = kept ?? (await (reading ?? readKept()));
  const entry = index.get(url);
  if (!entry) return fetch(request);
  if (entry.isFreshFirst) {
    try {
      const response = await fetch(request);
      if (response.ok) return response;
    } catch {
      // Online, a host that does not let other sites read it: the page reads it through the
      // relay, fresh. Offline: the copy.
      if (self.navigator.onLine) return Response.error();
    }
  }
  return fromCopy(request, entry, url);
}

// Registered before Workbox's routes, so a kept episode's files are answered here; everything
// else falls through to them (the shell) or to the network.
self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET' || request.mode === 'navigate') return;
  if (!/^https?:/.test(request.url) || getCacheKeyForURL(request.url) !== undefined) return;
  const url = keptAddress(request.url);
  // Only while the index is unknown (the worker just woke) is every other request looked up.
  if (kept !== null && !kept.has(url)) return;
  event.respondWith(answerKept(request, url));
});

self.addEventListener('message', (event) => {
  const message = event.data as ToWorker | null;
  if (message?.type === 'SKIP_WAITING') void self.skipWaiting();
  if (message?.type === 'tandem:offline-changed') event.waitUntil(readKept());
});

self.addEventListener('activate', (event) => event.waitUntil(readKept()));

precacheAndRoute(self.__WB_MANIFEST);
cleanupOutdatedCaches();
// Every address of the app opens the app (it reads its own query string), except the relay.
registerRoute(
  new NavigationRoute(createHandlerBoundToURL('index.html'), { denylist: [/^\/relay/] }),
);
// The first visit's page is served by this worker as soon as it is active.
clientsClaim();
void readKept();
