import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectFormat, parseTranscript } from '../../../src/core/formats/detect';
import { parse } from '../../../src/core/formats/podcast-html';
import { hasConformance, readConformance } from '../../helpers/files';

describe.skipIf(!hasConformance)('Podcasting 2.0 HTML transcript (conformance)', () => {
  it('example.html: 10 paragraphs, speakers without their colon, entities decoded', () => {
    const { format, transcript } = parseTranscript(readConformance('podcast2/example.html'));
    expect(format).toBe('podcast-html');
    expect(transcript.cues.map((c) => c.start)).toEqual([
      0, 53, 102, 219, 263, 322, 376, 562, 617, 691,
    ]);
    expect(new Set(transcript.cues.map((c) => c.speaker))).toEqual(
      new Set(['Travis', 'Sarah', 'Gilon']),
    );
    expect(transcript.cues[0]?.text).toMatch(/^When you first get started in podcasting, it's/);
    expect(transcript.cues[0]?.end).toBe(53);
  });
});

describe('Podcasting 2.0 HTML transcript', () => {
  it('reads a whole HTML page holding one, and never keeps markup', () => {
    const page = `<!DOCTYPE html><html><head><title>Ep 1</title></head><body>
<cite>Ada:</cite><time>0:05</time><p>Hello <b>world</b> &amp; <img src=x onerror="alert(1)">friends</p>
<cite>Bob:</cite><time>1:02:03</time><p>Bye<script>alert(2)</script></p>
</body></html>`;
    expect(detectFormat(page)).toBe('podcast-html');
    const transcript = parse(page);
    expect(transcript.title).toBe('Ep 1');
    expect(transcript.cues).toEqual([
      { start: 5, end: 3723, text: 'Hello world & friends', speaker: 'Ada' },
      { start: 3723, end: Number.POSITIVE_INFINITY, text: 'Byealert(2)', speaker: 'Bob' },
    ]);
  });

  it('counts paragraphs it cannot place, with their lines', () => {
    const transcript = parse('<p>orphan</p>\n<time>soon</time>\n<time>0:01</time><p>ok</p>');
    expect(transcript.cues).toHaveLength(1);
    expect(transcript.skipped?.count).toBe(2);
    expect(transcript.skipped?.first.map((s) => s.line)).toEqual([1, 2]);
  });

  it('an ordinary web page is still refused as a web page', () => {
    expect(() =>
      parseTranscript('<!doctype html><html><body><p>Not found</p></body></html>'),
    ).toThrow(/web page \(HTML\), not a transcript/);
  });

  it('property: paragraphs written are read back with their times and speakers', () => {
    const words = fc
      .stringMatching(/^[A-Za-z][A-Za-z ,.']{0,40}$/)
      .map((s) => s.trim())
      .filter(Boolean);
    fc.assert(
      fc.property(
        fc.array(
          fc.record({ seconds: fc.integer({ min: 0, max: 35999 }), speaker: words, text: words }),
          {
            minLength: 1,
            maxLength: 15,
          },
        ),
        (paragraphs) => {
          const sorted = [...paragraphs].sort((a, b) => a.seconds - b.seconds);
          const clock = (s: number): string =>
            `${Math.floor(s / 3600)}:${String(Math.floor(s / 60) % 60).padStart(2, '0')}:${String(s % 60).padStart(2, '0')}`;
          const html = sorted
            .map(
              (p) =>
                `<cite>${p.speaker}:</cite>\n<time>${clock(p.seconds)}</time>\n<p>${p.text}</p>`,
            )
            .join('\n');
          const { cues } = parse(html);
          expect(cues.map((c) => [c.start, c.speaker, c.text])).toEqual(
            sorted.map((p) => [
              p.seconds,
              p.speaker.replace(/\s+/g, ' '),
              p.text.replace(/\s+/g, ' '),
            ]),
          );
        },
      ),
    );
  });
});
