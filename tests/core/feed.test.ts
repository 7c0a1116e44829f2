import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  bestTranscript,
  decodeFeed,
  FeedError,
  parseDuration,
  parseFeed,
  plainText,
  type Show,
} from '../../src/core/feed';
import { CONFORMANCE_DIR, hasConformance } from '../helpers/files';

const BASE = 'https://feeds.example.test/show/feed.xml';

const feedFile = (name: string): string =>
  decodeFeed(new Uint8Array(readFileSync(resolve(CONFORMANCE_DIR, 'feeds', name))));
const readFeed = (name: string): Show => parseFeed(feedFile(name), name, BASE);
/** Episodes in document order: the list is newest first, ids keep the feed's order findable. */
const countTranscripts = (show: Show): number =>
  show.episodes.reduce((sum, e) => sum + e.transcripts.length, 0);

describe.skipIf(!hasConformance)('podcast feeds from the wild (conformance MANIFEST)', () => {
  it('podcastindex-example: the namespace reference feed', () => {
    const show = readFeed('podcastindex-example.xml');
    expect(show.title).toBe('Podcasting 2.0 Namespace Example');
    expect(show.episodes).toHaveLength(3);
    const ep3 = show.episodes.find((e) => e.title === 'Episode 3 - The Future');
    expect(ep3?.transcripts).toEqual([
      { url: 'https://example.com/ep3/transcript.txt', type: 'text/plain', isCaptions: false },
      {
        url: 'https://example.com/episode1/transcript.vtt',
        type: 'text/vtt',
        language: 'es',
        isCaptions: true,
      },
    ]);
    expect(ep3?.chaptersFile).toEqual({
      url: 'https://example.com/ep3_chapters.json',
      type: 'application/json',
    });
    expect(countTranscripts(show)).toBe(4);
    expect(show.episodes.filter((e) => e.chaptersFile)).toHaveLength(3);
    expect(show.episodes.every((e) => e.duration === null)).toBe(true);
    // Timed beats plain: the VTT is chosen over the text file.
    expect(bestTranscript(ep3?.transcripts ?? [])?.type).toBe('text/vtt');
  });

  it('themnshow: a non-canonical namespace URI still gives all 56 transcripts', () => {
    const show = readFeed('partytime-themnshow.xml');
    expect(show.title).toBe('The Mike Neumann Show');
    expect(show.episodes).toHaveLength(54);
    expect(countTranscripts(show)).toBe(56);
    expect(show.episodes.every((e) => e.chaptersFile?.type === 'application/json+chapters')).toBe(
      true,
    );
    const social = show.episodes.find((e) => e.title === 'Social Media');
    expect(social?.transcripts[0]?.url).toBe(
      'https://mikeneumann.show/assets/static/themnshow054-20240914-DRAFT-transcript.srt',
    );
    expect(social?.duration).toBeNull();
    expect(show.episodes.filter((e) => e.duration !== null)).toHaveLength(53);
    const both = show.episodes.filter(
      (e) => e.title === 'Resilience' || e.title === 'Back in Space',
    );
    for (const episode of both) {
      expect(episode.transcripts.map((t) => t.type).sort()).toEqual([
        'application/x-subrip',
        'text/vtt',
      ]);
      expect(bestTranscript(episode.transcripts)?.type).toBe('text/vtt');
    }
    expect(show.episodes.at(-1)).toMatchObject({ id: 'themnshow001', title: 'Hello World' });
  });

  it('pc20rss: application/srt, chapters on a bare IP, a date string as guid', () => {
    const show = readFeed('partytime-pc20rss.xml');
    expect(show.title).toBe('Podcasting 2.0');
    expect(show.episodes).toHaveLength(56);
    expect(show.episodes.filter((e) => e.transcripts.length === 1)).toHaveLength(47);
    expect(show.episodes.filter((e) => e.chaptersFile)).toHaveLength(48);
    const ep57 = show.episodes.find((e) => e.title === 'Episode 57: Rebel Rubes');
    expect(ep57?.transcripts[0]).toEqual({
      url: 'https://mp3s.nashownotes.com/PC20-57-Captions.srt',
      type: 'application/srt',
      isCaptions: false,
    });
    expect(ep57?.chaptersFile?.url).toBe(
      'http://34.117.70.159/http%3Amp3s.nashownotes.compc20rss.xml/PC2057',
    );
    expect(show.episodes.some((e) => e.id === 'Fri, 11 Sep 2020 18:51:09 GMT')).toBe(true);
  });

  it('rss.com: extensionless transcripts, PSC and podcast:chapters side by side', () => {
    const show = readFeed('pi-feedparser-6213055-rsscom.xml');
    expect(show.episodes).toHaveLength(23);
    const types = show.episodes.map((e) => e.transcripts.map((t) => t.type));
    expect(types.filter((t) => t[0] === 'text/vtt')).toHaveLength(8);
    expect(types.filter((t) => t[0] === 'application/x-subrip')).toHaveLength(15);
    const withPsc = show.episodes.filter((e) => e.chapters);
    expect(withPsc.map((e) => e.chapters?.length).sort()).toEqual([12, 5, 5, 6, 8, 9].sort());
    expect(show.episodes.filter((e) => e.chaptersFile)).toHaveLength(6);
    const last = show.episodes.find(
      (e) => e.chaptersFile?.url === 'https://apollo.rss.com/chapters/869529',
    );
    expect(last?.chapters?.map((c) => c.start)).toEqual([0, 450, 960, 1295, 1615, 1925]);
    expect(last?.chapters?.[0]?.title).toBe('Intro & Show Philosophy');
    // A trailing space is trimmed for display.
    expect(last?.chapters?.[1]?.title).toBe(
      'LaRue MBT-2S Trigger, Cars, Beer, and more Philosophy',
    );
  });

  it('AntennaPod: two transcript types, JSON wins; no enclosure, no guid', () => {
    const show = readFeed('antennapod-podcastindex-transcript.xml');
    expect(show.episodes).toHaveLength(1);
    const [episode] = show.episodes;
    expect(episode?.audio).toBeNull();
    expect(episode?.title).toBe('Podcasts in YouTube make it to the UK');
    expect(bestTranscript(episode?.transcripts ?? [])).toMatchObject({
      url: 'https://podnews.net/audio/podnews231011.mp3.json',
      type: 'application/json',
    });
  });

  it('changing-the-tide: iTunes only, durations in seconds, no transcripts, no error', () => {
    const show = readFeed('partytime-changing-the-tide.xml');
    expect(show.title).toBe('Changing the Tide');
    expect(show.episodes).toHaveLength(15);
    expect(countTranscripts(show)).toBe(0);
    expect(show.episodes.every((e) => !e.chaptersFile && !e.chapters)).toBe(true);
    const first = show.episodes.find((e) => e.title.startsWith('0.00000015: Andy Schroder'));
    expect(first?.duration).toBe(4385);
    expect(first?.audio?.type).toBe('audio/mp3');
  });

  it('podcastparser PSC: every Normal Play Time form', () => {
    const show = readFeed('podcastparser-psc-chapters.rss');
    const [episode] = show.episodes;
    expect(episode?.duration).toBe(3600);
    expect(episode?.chapters).toEqual([
      { start: 0, title: 'Introduction' },
      { start: 1, title: 'Chapter II' },
      { start: 62, title: 'Chapter with Link', url: 'http://example.com/' },
      { start: 3723, title: 'Chapter with Image', img: 'http://example.org/image.png' },
      {
        start: 3723.4,
        title: 'Chapter with Everything',
        url: 'http://example.net/psc',
        img: 'http://example.net/image2.png',
      },
    ]);
  });

  it('undeclared prefixes: read leniently, never a crash', () => {
    const transcript = readFeed('podcastparser-episode_podcast_transcript.rss');
    expect(transcript.title).toBe('Podcast');
    expect(transcript.episodes[0]?.audio?.url).toBe('http://example.org/example.mp3');
    expect(transcript.episodes[0]?.transcripts[0]?.url).toBe(
      'https://example.com/1/transcript.txt',
    );
    const chapters = readFeed('podcastparser-episode_podcast_chapters.rss');
    expect(chapters.episodes[0]?.chaptersFile?.url).toBe('https://example.com/1/chapters.json');
  });

  it('Atom: enclosures as links, logo, ten entries newest first', () => {
    const show = readFeed('antennapod-atom-basic.xml');
    expect(show).toMatchObject({
      title: 'title',
      link: 'http://example.com/',
      description: 'This is the description',
      image: 'http://example.com/picture',
    });
    expect(show.episodes).toHaveLength(10);
    expect(show.episodes[0]).toMatchObject({
      id: 'http://example.com/item-9',
      title: 'item-9',
      published: 9 * 60_000,
      audio: { url: 'http://example.com/media-9', type: 'audio/mp3' },
    });
    expect(countTranscripts(show)).toBe(0);
  });

  it('an HTML page is refused as "not a podcast feed", by name', () => {
    expect(() => readFeed('pi-feedparser-6007135-html-not-a-feed.html')).toThrow(
      /pi-feedparser-6007135-html-not-a-feed\.html could not be read: it is a web page \(HTML\), not a podcast feed/,
    );
  });
});

describe('feeds: messy input', () => {
  const rss = (items: string, channel = '<title>Show</title>'): string =>
    `<?xml version="1.0"?><rss version="2.0" xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd"><channel>${channel}${items}</channel></rss>`;

  it('resolves relative addresses against the feed', () => {
    const show = parseFeed(
      rss('<item><title>A</title><enclosure url="../media/a.mp3" type="audio/mpeg"/></item>'),
      'f.xml',
      BASE,
    );
    expect(show.episodes[0]?.audio?.url).toBe('https://feeds.example.test/media/a.mp3');
    expect(show.episodes[0]?.id).toBe('https://feeds.example.test/media/a.mp3');
  });

  it('never keeps javascript: or data: addresses', () => {
    const show = parseFeed(
      rss(
        '<item><title>A</title><link>javascript:alert(1)</link><enclosure url="data:audio/mp3;base64,AA"/></item>',
      ),
      'f.xml',
      BASE,
    );
    expect(show.episodes[0]?.audio).toBeNull();
    expect(show.episodes[0]?.link).toBeUndefined();
  });

  it('reads CDATA and HTML descriptions as text', () => {
    const show = parseFeed(
      rss(
        '<item><title><![CDATA[Tom &amp; <b>Jerry</b>]]></title><description><![CDATA[<p>Hello <img src=x onerror=alert(1)>world</p><script>bad()</script>]]></description><enclosure url="a.mp3"/></item>',
      ),
      'f.xml',
      BASE,
    );
    expect(show.episodes[0]?.title).toBe('Tom & Jerry');
    expect(show.episodes[0]?.description).toBe('Hello world');
  });

  it('sorts newest first, undated last in feed order, and counts items it cannot use', () => {
    const show = parseFeed(
      rss(
        [
          '<item><title>undated 1</title><enclosure url="u1.mp3"/></item>',
          '<item><title>old</title><pubDate>Mon, 01 Jan 2024 00:00:00 GMT</pubDate><enclosure url="o.mp3"/></item>',
          '<item><description>nothing to show</description></item>',
          '<item><title>new</title><pubDate>Tue, 01 Oct 2024 00:00:00 GMT</pubDate><enclosure url="n.mp3"/></item>',
          '<item><title>undated 2</title><enclosure url="u2.mp3"/></item>',
        ].join(''),
      ),
      'f.xml',
      BASE,
    );
    expect(show.episodes.map((e) => e.title)).toEqual(['new', 'old', 'undated 1', 'undated 2']);
    expect(show.skippedItems).toBe(1);
  });

  it('says where broken XML breaks, and what a non-feed is', () => {
    expect(() => parseFeed('<rss><channel><title>x</channel></rss>', 'bad.xml', BASE)).toThrow(
      /bad\.xml could not be read: it is not well-formed XML \(line 1, column \d+/,
    );
    expect(() => parseFeed('<opml><body/></opml>', 'list.opml', BASE)).toThrow(
      /expected <rss> or an Atom <feed>, found <opml>/,
    );
    expect(() => parseFeed('  ', 'empty.xml', BASE)).toThrow(FeedError);
  });

  it('decodes by the XML declaration', () => {
    const bytes = new Uint8Array([
      ...new TextEncoder().encode(
        '<?xml version="1.0" encoding="ISO-8859-1"?><rss><channel><title>Caf',
      ),
      0xe9,
      ...new TextEncoder().encode('</title></channel></rss>'),
    ]);
    expect(parseFeed(decodeFeed(bytes), 'latin.xml', BASE).title).toBe('Café');
  });

  it('reads durations as seconds, M:SS and H:MM:SS', () => {
    expect(parseDuration('4385')).toBe(4385);
    expect(parseDuration('01:00:00')).toBe(3600);
    expect(parseDuration('62:10')).toBe(3730);
    expect(parseDuration('1:02')).toBe(62);
    expect(parseDuration('soon')).toBeUndefined();
    expect(parseDuration('0')).toBeUndefined();
  });

  it('prefers the listener’s language among equally timed transcripts', () => {
    const transcripts = [
      { url: 'https://x.test/en.vtt', type: 'text/vtt', language: 'en', isCaptions: true },
      { url: 'https://x.test/de.vtt', type: 'text/vtt', language: 'de', isCaptions: true },
      { url: 'https://x.test/de.txt', type: 'text/plain', language: 'de', isCaptions: false },
    ];
    expect(bestTranscript(transcripts, 'de-AT')?.url).toBe('https://x.test/de.vtt');
    expect(bestTranscript(transcripts)?.url).toBe('https://x.test/en.vtt');
  });

  const xmlText = fc.string({ unit: 'grapheme', maxLength: 30 });
  const escape = (s: string): string =>
    s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

  it('property: any titles, guids and durations written in a feed are read back', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            title: xmlText.filter((s) => s.trim() !== '' && !/[<>&]/.test(s)),
            guid: fc.uuid(),
            seconds: fc.integer({ min: 1, max: 5 * 3600 }),
            day: fc.integer({ min: 0, max: 20000 }),
          }),
          { maxLength: 12 },
        ),
        (episodes) => {
          const items = episodes
            .map(
              (e) =>
                `<item><title>${escape(e.title)}</title><guid>${e.guid}</guid><pubDate>${new Date(e.day * 86_400_000).toUTCString()}</pubDate><itunes:duration>${e.seconds}</itunes:duration><enclosure url="https://cdn.test/${e.guid}.mp3" type="audio/mpeg"/></item>`,
            )
            .join('');
          const show = parseFeed(rss(items), 'p.xml', BASE);
          expect(show.episodes).toHaveLength(episodes.length);
          for (const episode of episodes) {
            const read = show.episodes.find((e) => e.id === episode.guid);
            expect(read?.title).toBe(episode.title.replace(/\s+/g, ' ').trim());
            expect(read?.duration).toBe(episode.seconds);
            expect(read?.audio?.url).toBe(`https://cdn.test/${episode.guid}.mp3`);
          }
          const dates = show.episodes.map((e) => e.published ?? 0);
          expect(dates).toEqual([...dates].sort((a, b) => b - a));
        },
      ),
    );
  });

  it('property: arbitrary text never crashes the reader, it parses or throws FeedError', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (junk) => {
        try {
          parseFeed(junk, 'junk.xml', BASE);
        } catch (error) {
          expect(error).toBeInstanceOf(FeedError);
        }
      }),
    );
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), (inside) => {
        try {
          parseFeed(rss(`<item>${inside}</item>`), 'junk.xml', BASE);
        } catch (error) {
          expect(error).toBeInstanceOf(FeedError);
        }
      }),
    );
  });

  it('plain text from HTML keeps words and line breaks, drops markup', () => {
    expect(plainText('<p>One&nbsp;two</p><p>three<br>four</p>')).toBe('One two\nthree\nfour');
  });
});
