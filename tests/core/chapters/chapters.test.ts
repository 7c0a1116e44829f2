import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ChapterFileError,
  chapterIndexAt,
  chapterStepTarget,
  type Chapter,
} from '../../../src/core/chapters/chapter';
import { readId3Chapters } from '../../../src/core/chapters/id3';
import { parseJsonChapters } from '../../../src/core/chapters/json';
import { parsePscFile } from '../../../src/core/chapters/psc';
import { parseVttChapters } from '../../../src/core/chapters/vtt';
import { CONFORMANCE_DIR, hasConformance } from '../../helpers/files';

const file = (name: string): string =>
  readFileSync(resolve(CONFORMANCE_DIR, 'chapters', name), 'utf8');
const bytes = (name: string): Uint8Array =>
  new Uint8Array(readFileSync(resolve(CONFORMANCE_DIR, 'chapters', name)));
const starts = (chapters: Chapter[]): number[] => chapters.map((c) => c.start);
const titles = (chapters: Chapter[]): string[] => chapters.map((c) => c.title);

describe.skipIf(!hasConformance)('chapter files (conformance MANIFEST)', () => {
  it('Podcasting 2.0 JSON, the spec example', () => {
    const { chapters, skipped } = parseJsonChapters(
      file('podcastindex-chapters-example.json'),
      'example.json',
      'https://example.com/chapters.json',
    );
    expect(skipped).toBeUndefined();
    expect(starts(chapters)).toEqual([0, 168, 260, 410, 3990, 4600, 5510, 5854, 6089]);
    expect(titles(chapters)).toContain('Namespace');
    expect(chapters.filter((c) => c.img)).toHaveLength(3);
    expect(chapters.filter((c) => c.url)).toHaveLength(2);
  });

  it('Podcasting 2.0 JSON, complex: a silent chapter is hidden, unknown keys ignored', () => {
    const { chapters } = parseJsonChapters(
      file('podcastindex-chapters-exampleComplex.json'),
      'complex.json',
    );
    expect(chapters).toHaveLength(11);
    expect(chapters.filter((c) => !c.isHidden)).toHaveLength(10);
    const silent = chapters.find((c) => c.start === 4826);
    expect(silent).toMatchObject({ isHidden: true, title: '' });
    expect(silent?.img).toMatch(/parisfrance\.jpg$/);
    expect(chapters.at(-1)?.title).toBe('Outro');
    // previous/next skip the hidden one.
    expect(chapterStepTarget(chapters, 4700, 1)).not.toBe(4826);
  });

  it('chaptertool JSON: floats, a first chapter after 0, relative images', () => {
    const { chapters } = parseJsonChapters(
      file('chaptertool-chapters.json'),
      'chapters.json',
      'https://cdn.example.com/ep/chapters.json',
    );
    expect(chapters).toHaveLength(26);
    expect(starts(chapters).slice(0, 2)).toEqual([6.202, 131.762]);
    expect(chapters.at(-1)?.start).toBe(5166.24);
    expect(chapters[0]?.img).toBe('https://cdn.example.com/ep/chapter_001.jpg');
    expect(chapterIndexAt(chapters, 3)).toBe(-1);
  });

  it('Podlove Simple Chapters, namespace declared on the element', () => {
    const { chapters } = parsePscFile(file('chaptertool-podlove-simple-chapters.xml'), 'psc.xml');
    expect(chapters).toEqual([
      { start: 0, title: 'Welcome' },
      { start: 187, title: 'Introducing Podlove', url: 'http://podlove.org/' },
      {
        start: 506.25,
        title: 'Podlove WordPress Plugin',
        url: 'http://podlove.org/podlove-podcast-publisher',
      },
      { start: 762, title: 'Resumée' },
    ]);
  });

  it('WebVTT chapters: titles from cue text, never ids; headers and NOTEs ignored', () => {
    const elephants = parseVttChapters(file('videojs-elephantsdream-chapters.en.vtt'), 'e.vtt');
    expect(starts(elephants.chapters)).toEqual([0, 27.5, 70, 205, 292, 379.5, 429, 465, 565]);
    expect(elephants.chapters[1]?.title).toBe('Switchboard trap');
    const french = parseVttChapters(file('ableplayer-frenchsong_chapters_fr.vtt'), 'f.vtt');
    expect(titles(french.chapters)).toEqual([
      'Introduction',
      'Verset 1',
      'Verset 2',
      'Verset 3',
      'Verset 4',
      'Refrain',
    ]);
    // In the 19 ms gap after "Verset 1" the chapter holds.
    expect(chapterIndexAt(french.chapters, 44.99)).toBe(1);
    const k = parseVttChapters(file('ableplayer-k_chapters_en.vtt'), 'k.vtt');
    expect(k.chapters.at(-1)?.title).toBe('Credits');
    const wwa = parseVttChapters(file('ableplayer-wwa_chapters_en.vtt'), 'w.vtt');
    expect(titles(wwa.chapters)).toEqual(['Intro', 'Terrill Thompson']);
    const tool = parseVttChapters(file('chaptertool-webvtt-chapters.vtt'), 't.vtt');
    expect(tool.chapters).toHaveLength(5);
  });

  it('ID3v2.3 from Auphonic: UTF-16 titles with emoji, TIT2 twice, links', () => {
    const chapters = readId3Chapters(bytes('antennapod-auphonic.mp3'));
    expect(chapters).toEqual([
      { start: 0, end: 3, title: 'Chapter 1 - \u2764\uFE0F\u{1F60A}', url: 'https://example.com/' },
      { start: 3, end: 6, title: 'Chapter 2 - ßöÄ', url: 'https://example.com/' },
      { start: 6, end: 9, title: 'Chapter 3 - 爱', url: 'https://example.com/' },
      { start: 9, end: 10, title: 'Chapter 4', url: 'https://example.com/' },
    ]);
  });

  it('ID3v2.4 with an extended header and a CTOC that is not top-level', () => {
    const chapters = readId3Chapters(bytes('antennapod-mp3chaps-py.mp3'));
    expect(chapters.map((c) => [c.start, c.end, c.title])).toEqual([
      [0, 7, 'Start'],
      [7, 9, 'Chapter 1'],
      [9, 11, 'Chapter 2'],
      [11, 12.173, 'Chapter 3'],
    ]);
  });

  it('ID3 from Hindenburg (Latin-1, 64 KB of padding) and music-metadata', () => {
    const hindenburg = readId3Chapters(bytes('antennapod-hindenburg-journalist-pro.mp3'));
    expect(hindenburg).toEqual([
      { start: 0, end: 5.006, title: 'Chapter Marker 1', url: 'https://example.com/chapter1url' },
      {
        start: 5.006,
        end: 10.884,
        title: 'Chapter Marker 2',
        url: 'https://example.com/chapter2url',
      },
    ]);
    const mm = readId3Chapters(bytes('music-metadata-chapters.mp3'));
    expect(mm.map((c) => [c.start, c.end, c.title])).toEqual([
      [0, 1, 'Introduction'],
      [1, 2, 'New chapter'],
      [2, 2.025, 'Chapter 1'],
    ]);
    expect(mm[0]?.url).toBe('https://github.com/Borewit/music-metadata');
  });

  it('a tag cut short gives the chapters it holds, never a crash', () => {
    const whole = bytes('antennapod-auphonic.mp3');
    for (let length = 0; length < 3000; length += 37) {
      expect(() => readId3Chapters(whole.subarray(0, length))).not.toThrow();
    }
  });
});

describe('chapters: rules', () => {
  const chapters: Chapter[] = [
    { start: 10, title: 'One' },
    { start: 60, title: 'Silent', isHidden: true },
    { start: 100, title: 'Two' },
    { start: 200, title: 'Three' },
  ];

  it('the current chapter is the last one started; none before the first', () => {
    expect(chapterIndexAt(chapters, 0)).toBe(-1);
    expect(chapterIndexAt(chapters, 10)).toBe(0);
    expect(chapterIndexAt(chapters, 99.9)).toBe(1);
    expect(chapterIndexAt(chapters, 1e9)).toBe(3);
  });

  it('previous/next skip hidden chapters; previous restarts after 3 s', () => {
    expect(chapterStepTarget(chapters, 0, 1)).toBe(10);
    expect(chapterStepTarget(chapters, 20, 1)).toBe(100);
    expect(chapterStepTarget(chapters, 150, -1)).toBe(100);
    expect(chapterStepTarget(chapters, 101, -1)).toBe(10);
    expect(chapterStepTarget(chapters, 250, 1)).toBeUndefined();
    expect(chapterStepTarget(chapters, 5, -1)).toBeUndefined();
  });

  it('JSON errors name the file and what was expected', () => {
    expect(() => parseJsonChapters('{', 'c.json')).toThrow(/Chapters c\.json: is not valid JSON/);
    expect(() => parseJsonChapters('{"version":"1"}', 'c.json')).toThrow(
      /expected a JSON object with a "chapters" list/,
    );
    expect(() => parseJsonChapters('{"chapters":[{"title":"x"}]}', 'c.json')).toThrow(
      ChapterFileError,
    );
    const partly = parseJsonChapters(
      '{"chapters":[{"startTime":1,"title":"a"},{"title":"no start"},{"start_time":5,"title":"draft"}]}',
      'c.json',
    );
    expect(titles(partly.chapters)).toEqual(['a', 'draft']);
    expect(partly.skipped?.count).toBe(1);
  });

  it('property: JSON chapters written are read back, sorted, with javascript: links dropped', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            startTime: fc.double({ min: 0, max: 1e5, noNaN: true }),
            title: fc.string({ maxLength: 20 }),
            url: fc.constantFrom('https://a.test/x', 'javascript:alert(1)', undefined),
          }),
          { minLength: 1, maxLength: 20 },
        ),
        (entries) => {
          const { chapters } = parseJsonChapters(JSON.stringify({ chapters: entries }), 'p.json');
          expect(starts(chapters)).toEqual([...starts(chapters)].sort((a, b) => a - b));
          for (const chapter of chapters) {
            if (chapter.url) expect(chapter.url).toBe('https://a.test/x');
            expect(chapter.title).toBe(chapter.title.trim());
          }
        },
      ),
    );
  });

  it('property: ID3 reader survives arbitrary bytes after a valid header', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 400 }), fc.constantFrom(3, 4), (body, version) => {
        const size = body.length;
        const header = [0x49, 0x44, 0x33, version, 0, 0, 0, 0, (size >> 7) & 0x7f, size & 0x7f];
        const chapters = readId3Chapters(new Uint8Array([...header, ...body]));
        expect(Array.isArray(chapters)).toBe(true);
      }),
    );
  });
});
