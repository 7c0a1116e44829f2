import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Transcript } from '../../src/core/transcript';
import { parseTranscriptStream } from '../../src/state/read-transcript';

/** A talk-python transcript of `lines` lines, long enough for a preview of its first lines. */
function talkPython(lines: number): string {
  const body = Array.from({ length: lines }, (_, i) => {
    const m = String(Math.floor(i / 6)).padStart(2, '0');
    const s = String((i % 6) * 10).padStart(2, '0');
    return `${m}:${s} Line ${i} of the episode, long enough to take some room in the file.`;
  });
  return ['Episode title', ...body].join('\n');
}

describe('parseTranscriptStream, a small file read in the page', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('shows the first lines, and reads the rest only once they are painted', async () => {
    // No worker: the file is read here, and the paint is held until the test lets it happen.
    vi.stubGlobal('Worker', undefined);
    const frames: FrameRequestCallback[] = [];
    vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => {
      frames.push(callback);
      return frames.length;
    });
    const text = talkPython(600);
    expect(text.length).toBeGreaterThan(32 * 1024);
    const previews: Transcript[] = [];
    let isDone = false;
    const reading = parseTranscriptStream(new Response(text).body as ReadableStream<Uint8Array>, {
      total: text.length,
      label: 'transcript.txt',
      onProgress: () => undefined,
      onPreview: (preview) => previews.push(preview),
    }).then((result) => {
      isDone = true;
      return result;
    });
    await vi.waitFor(() => expect(previews).toHaveLength(1));
    expect(previews[0]?.cues.length).toBeLessThan(600);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(isDone).toBe(false);
    frames.forEach((frame) => frame(performance.now()));
    const { transcript } = await reading;
    expect(transcript.cues).toHaveLength(600);
  });
});
