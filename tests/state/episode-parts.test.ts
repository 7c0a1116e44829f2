import { afterEach, describe, expect, it, vi } from 'vitest';
import { downloadTranscript } from '../../src/state/episode-parts';
import {
  bytesOf,
  DownloadProblemError,
  fetchFile,
  pageFetch,
  sizeOf,
} from '../../src/state/fetch-file';
import { parseTranscriptStream } from '../../src/state/read-transcript';

const URL_VTT = 'https://cdn.example.test/show/ep.vtt';

describe('downloadTranscript: where a transcript is downloaded', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    document.head.querySelectorAll('link[rel="preload"]').forEach((link) => link.remove());
  });

  it('leaves the download to the reader worker when the page fetches and workers exist', async () => {
    vi.stubGlobal('Worker', class {});
    expect(await downloadTranscript(URL_VTT, 'ep.vtt', pageFetch)).toEqual({
      kind: 'address',
      url: URL_VTT,
      label: 'ep.vtt',
    });
  });

  it('downloads here a file the page preloads: its bytes are already on their way here', async () => {
    vi.stubGlobal('Worker', class {});
    const link = Object.assign(document.createElement('link'), { rel: 'preload', href: URL_VTT });
    document.head.append(link);
    const fetchSpy = vi.fn(() => Promise.resolve(new Response('WEBVTT\n')));
    vi.stubGlobal('fetch', fetchSpy);
    const download = await downloadTranscript(URL_VTT, 'ep.vtt', pageFetch);
    expect(download.kind).toBe('bytes');
    expect(fetchSpy).toHaveBeenCalledWith(URL_VTT);
  });

  it('downloads here without workers, or with a fetch of its own (as in tests)', async () => {
    const fetchImpl = vi.fn(() =>
      Promise.resolve(new Response('WEBVTT\n', { headers: { 'content-length': '7' } })),
    );
    const download = await downloadTranscript(URL_VTT, 'ep.vtt', fetchImpl);
    expect(download).toMatchObject({ kind: 'bytes', total: 7, label: 'ep.vtt' });
    vi.stubGlobal('Worker', class {});
    expect((await downloadTranscript(URL_VTT, 'ep.vtt', fetchImpl)).kind).toBe('bytes');
  });
});

describe('fetchFile: what went wrong, as data (for a worker without the page messages)', () => {
  it('names the problem: a status, a refusal of other sites without a relay, offline', async () => {
    const notFound = (): Promise<Response> =>
      Promise.resolve(new Response('', { status: 404, statusText: 'Not Found' }));
    await expect(fetchFile(URL_VTT, notFound, undefined)).rejects.toMatchObject({
      problem: { reason: 'status', status: '404 Not Found' },
    });
    const refused = (): Promise<Response> => Promise.reject(new TypeError('Failed to fetch'));
    await expect(fetchFile(URL_VTT, refused, undefined)).rejects.toMatchObject({
      problem: { reason: 'network', isCrossSite: true, relay: 'absent' },
    });
    const onLine = vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
    await expect(fetchFile(URL_VTT, refused, '/relay')).rejects.toBeInstanceOf(
      DownloadProblemError,
    );
    await expect(fetchFile(URL_VTT, refused, '/relay')).rejects.toMatchObject({
      problem: { reason: 'offline' },
    });
    onLine.mockRestore();
  });
});

/** A download that sends `chunks`, then breaks off. */
function breakingOff(chunks: string[]): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let sent = 0;
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      const chunk = chunks[sent++];
      if (chunk === undefined) controller.error(new TypeError('network error'));
      else controller.enqueue(encoder.encode(chunk));
    },
  });
}

describe('bytesOf and sizeOf: a download as it comes', () => {
  it('gives each chunk, and a download that breaks off as a problem', async () => {
    const seen: number[] = [];
    const reading = (async () => {
      for await (const chunk of bytesOf(breakingOff(['WEBVTT\n', '\n']))) seen.push(chunk.length);
    })();
    await expect(reading).rejects.toMatchObject({
      problem: { reason: 'broke-off', detail: 'network error' },
    });
    expect(seen).toEqual([7, 1]);
  });

  it('stops the download when the reader stops early', async () => {
    const cancel = vi.fn();
    const stream = new ReadableStream<Uint8Array>({
      pull: (controller) => controller.enqueue(new Uint8Array(4)),
      cancel,
    });
    for await (const chunk of bytesOf(stream)) if (chunk.length > 0) break;
    expect(cancel).toHaveBeenCalled();
  });

  it('knows a size only when the response is not compressed', () => {
    expect(sizeOf(new Response('abc', { headers: { 'content-length': '3' } }))).toBe(3);
    const gzipped = { 'content-length': '3', 'content-encoding': 'gzip' };
    expect(sizeOf(new Response('abc', { headers: gzipped }))).toBe(0);
  });

  it('a transcript whose download breaks off is named, with why, in plain words', async () => {
    const reading = parseTranscriptStream(
      breakingOff(['WEBVTT\n\n00:01.000 --> 00:02.000\nhi\n']),
      {
        total: 0,
        label: 'ep.vtt',
        onProgress: () => undefined,
        onPreview: () => undefined,
      },
    );
    await expect(reading).rejects.toThrow(
      'Could not download ep.vtt: the download broke off (network error).',
    );
  });
});
