/**
 * Cache Storage in memory, as the browser's behaves where keeping episodes depends on it: an
 * entry is stored only once its body has been read to the end (a failed or broken body stores
 * nothing), and writing past `limit` bytes fails with a QuotaExceededError part-way through.
 */
interface Entry {
  bytes: Uint8Array;
  headers: [string, string][];
}

const keyOf = (request: RequestInfo | URL): string =>
  typeof request === 'string' ? request : request instanceof URL ? request.href : request.url;

export class FakeCache {
  readonly entries = new Map<string, Entry>();
  constructor(private readonly owner: FakeCaches) {}

  async put(request: RequestInfo | URL, response: Response): Promise<void> {
    const chunks: Uint8Array[] = [];
    let size = 0;
    const reader = (response.body ?? new Blob([]).stream()).getReader();
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        size += value.byteLength;
        if (this.owner.used() + size > this.owner.limit) {
          throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        }
        chunks.push(value);
      }
    } catch (error) {
      void reader.cancel().catch(() => undefined);
      throw error;
    }
    const bytes = new Uint8Array(size);
    let at = 0;
    for (const chunk of chunks) {
      bytes.set(chunk, at);
      at += chunk.byteLength;
    }
    this.owner.puts += 1;
    this.entries.set(keyOf(request), { bytes, headers: [...response.headers] });
  }

  async match(request: RequestInfo | URL): Promise<Response | undefined> {
    const entry = this.entries.get(keyOf(request));
    return entry ? new Response(entry.bytes.slice(), { headers: entry.headers }) : undefined;
  }

  async keys(): Promise<Request[]> {
    return [...this.entries.keys()].map((url) => new Request(url));
  }
}

export class FakeCaches {
  readonly caches = new Map<string, FakeCache>();
  /** Entries stored, over the fake's life. */
  puts = 0;
  constructor(public limit = Number.POSITIVE_INFINITY) {}

  used(): number {
    let total = 0;
    for (const cache of this.caches.values()) {
      for (const entry of cache.entries.values()) total += entry.bytes.byteLength;
    }
    return total;
  }

  async open(name: string): Promise<FakeCache> {
    let cache = this.caches.get(name);
    if (!cache) {
      cache = new FakeCache(this);
      this.caches.set(name, cache);
    }
    return cache;
  }

  async delete(name: string): Promise<boolean> {
    return this.caches.delete(name);
  }

  async has(name: string): Promise<boolean> {
    return this.caches.has(name);
  }

  async keys(): Promise<string[]> {
    return [...this.caches.keys()];
  }

  async match(request: RequestInfo | URL): Promise<Response | undefined> {
    for (const cache of this.caches.values()) {
      const found = await cache.match(request);
      if (found) return found;
    }
    return undefined;
  }
}
