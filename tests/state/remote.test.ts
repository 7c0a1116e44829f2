import { describe, expect, it, vi } from 'vitest';
import { download, relayAddress } from '../../src/state/remote';

const FEED = 'https://feeds.example.test/show.xml';
const corsFailure = (): Promise<Response> => Promise.reject(new TypeError('Failed to fetch'));

describe('downloads from other sites', () => {
  it('reads directly when the host allows it, never touching the relay', async () => {
    const fetchImpl = vi.fn(() => Promise.resolve(new Response('<rss/>')));
    const response = await download(FEED, 'show.xml', fetchImpl, '/relay');
    expect(await response.text()).toBe('<rss/>');
    expect(fetchImpl).toHaveBeenCalledTimes(1);
  });

  it('falls back to the relay when the direct read fails, sending no credentials', async () => {
    const fetchImpl = vi.fn<typeof fetch>(corsFailure);
    fetchImpl.mockImplementationOnce(corsFailure);
    fetchImpl.mockImplementationOnce(() => Promise.resolve(new Response('<rss/>')));
    const response = await download(FEED, 'show.xml', fetchImpl, 'http://localhost/relay');
    expect(await response.text()).toBe('<rss/>');
    expect(fetchImpl.mock.calls[1]).toEqual([
      `http://localhost/relay?url=${encodeURIComponent(FEED)}`,
      { credentials: 'omit' },
    ]);
  });

  it('offline, a file that is not kept says the episode needs the network (no relay tried)', async () => {
    const onLine = vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
    const fetchImpl = vi.fn<typeof fetch>(corsFailure);
    await expect(download(FEED, 'show.xml', fetchImpl, '/relay')).rejects.toThrow(
      'Could not download show.xml: this device is offline, and this episode is not kept for offline, so it needs the network.',
    );
    expect(fetchImpl).toHaveBeenCalledTimes(1);
    onLine.mockRestore();
  });

  it('says what to do when the page has no relay (plain static hosting)', async () => {
    await expect(download(FEED, 'show.xml', corsFailure, undefined)).rejects.toThrow(
      /Could not download show\.xml: .*does not let other sites read it \(CORS\).*npm run serve/,
    );
  });

  it('gives the relay’s own reason when it refuses', async () => {
    const fetchImpl = vi.fn<typeof fetch>(corsFailure);
    fetchImpl.mockImplementationOnce(corsFailure);
    fetchImpl.mockImplementationOnce(() =>
      Promise.resolve(
        new Response('Refused: 10.0.0.1 is a private network address; it is not relayed.', {
          status: 403,
          headers: { 'x-tandem-relay-refused': '1' },
        }),
      ),
    );
    await expect(download(FEED, 'show.xml', fetchImpl, '/relay')).rejects.toThrow(
      "Could not download show.xml: its server does not let other sites read it, and Tandem's relay refused it: 10.0.0.1 is a private network address; it is not relayed.",
    );
  });

  it('reports a host’s error status passed on by the relay as that status', async () => {
    const fetchImpl = vi.fn<typeof fetch>(corsFailure);
    fetchImpl.mockImplementationOnce(corsFailure);
    fetchImpl.mockImplementationOnce(() =>
      Promise.resolve(new Response(null, { status: 404, statusText: 'Not Found' })),
    );
    await expect(download(FEED, 'show.xml', fetchImpl, '/relay')).rejects.toThrow(
      'Could not download show.xml: the server answered 404 Not Found.',
    );
  });

  it('finds the relay the page was served with', () => {
    expect(relayAddress()).toBeUndefined();
    const meta = document.createElement('meta');
    meta.name = 'tandem-relay';
    meta.content = '/relay';
    document.head.append(meta);
    expect(relayAddress()).toBe(new URL('/relay', document.baseURI).href);
    meta.remove();
  });
});
