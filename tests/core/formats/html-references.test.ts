import { describe, expect, it, vi } from 'vitest';

/** The module as the page first has it: nothing loaded yet (the test setup loads its own copy). */
async function freshModule(): Promise<typeof import('../../../src/core/formats/html-references')> {
  vi.resetModules();
  return import('../../../src/core/formats/html-references');
}

describe('HTML character references, decoded once their decoder is loaded', () => {
  it('needs no decoder for text without an "&"', async () => {
    const { decodeReferences } = await freshModule();
    expect(decodeReferences('Fish <and> chips; 5 > 3')).toBe('Fish <and> chips; 5 > 3');
  });

  it('says what is missing when a reference comes before the decoder, and decodes after', async () => {
    const { decodeReferences, loadReferenceDecoder } = await freshModule();
    expect(() => decodeReferences('Q&amp;A')).toThrow(/loadReferenceDecoder/);
    await loadReferenceDecoder();
    expect(decodeReferences('Q&amp;A &eacute;t&eacute; &#8217; &#x1F600; &zzz;')).toBe(
      'Q&A été \u2019 \u{1F600} &zzz;',
    );
  });

  it('tells bytes that may hold a reference, in UTF-8 and UTF-16 alike', async () => {
    const { mayHoldReferences } = await freshModule();
    const utf16 = (text: string): Uint8Array =>
      new Uint8Array(Uint16Array.from(text, (c) => c.charCodeAt(0)).buffer);
    expect(mayHoldReferences(new TextEncoder().encode('Q&amp;A'))).toBe(true);
    expect(mayHoldReferences(utf16('Q&amp;A'))).toBe(true);
    expect(mayHoldReferences(new TextEncoder().encode('12:37 Quelques mots, été'))).toBe(false);
  });
});

describe('a transcript read in the page', () => {
  it('loads the decoder when its bytes hold an "&", and reads its references', async () => {
    vi.resetModules();
    vi.stubGlobal('Worker', undefined);
    try {
      const { parseTranscriptStream } = await import('../../../src/state/read-transcript');
      const vtt = 'WEBVTT\n\n00:00.000 --> 00:02.000\n<v Ann>Q&amp;A, caf&eacute;\n';
      const { transcript } = await parseTranscriptStream(
        new Response(vtt).body as ReadableStream<Uint8Array>,
        {
          total: vtt.length,
          label: 'talk.vtt',
          onProgress: () => undefined,
          onPreview: () => undefined,
        },
      );
      expect(transcript.cues[0]).toMatchObject({ text: 'Q&A, café', speaker: 'Ann' });
    } finally {
      vi.unstubAllGlobals();
    }
  });
});
