/**
 * A podcast feed made for the browser tests, from the demo episode: five episodes, each with
 * another transcript type (WebVTT over plain text, SRT, HTML, Podcasting 2.0 JSON, none) and
 * another chapter source (JSON file, WebVTT file, Podlove in the feed, ID3 inside the MP3, none).
 * Every address in the feed is relative, so it works from whichever host serves it.
 */
import { readFileSync } from 'node:fs';
import { writeSrt, writeWebVtt } from '../../src/core/formats/write';
import { id3Size } from '../../src/core/chapters/id3';
import { demo } from './helpers';
import type { RemoteFile } from './remote-host';

const DEMO = 'public/episodes/talk-python-013';

/** The chapters every source in the feed describes, in seconds. */
export const CHAPTERS = [
  { start: 0, title: 'Welcome to Talk Python' },
  { start: 300, title: 'How Armin got started' },
  { start: 900, title: 'Where Flask came from' },
  { start: 1800, title: 'Jinja and Werkzeug' },
  { start: 2600, title: 'Wrapping up' },
];

const escapeXml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const clock = (seconds: number): string =>
  `${String(Math.floor(seconds / 3600)).padStart(2, '0')}:${String(Math.floor(seconds / 60) % 60).padStart(2, '0')}:${String(seconds % 60).padStart(2, '0')}`;

/** An ID3v2.3 tag holding CHAP frames (with TIT2 titles) and a top-level CTOC. */
export function id3ChapterTag(chapters: typeof CHAPTERS, endMs: number): Uint8Array {
  const frame = (id: string, body: Uint8Array): Uint8Array => {
    const out = new Uint8Array(10 + body.length);
    out.set(new TextEncoder().encode(id));
    new DataView(out.buffer).setUint32(4, body.length);
    out.set(body, 10);
    return out;
  };
  const concat = (...parts: Uint8Array[]): Uint8Array => {
    const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
    let at = 0;
    for (const part of parts) {
      out.set(part, at);
      at += part.length;
    }
    return out;
  };
  const latin1 = (text: string): Uint8Array => Uint8Array.from(text, (c) => c.charCodeAt(0));
  const u32 = (n: number): Uint8Array => {
    const out = new Uint8Array(4);
    new DataView(out.buffer).setUint32(0, n);
    return out;
  };
  const chaps = chapters.map((chapter, i) => {
    const end = chapters[i + 1]?.start ?? endMs / 1000;
    const title = frame(
      'TIT2',
      concat(new Uint8Array([3]), new TextEncoder().encode(chapter.title)),
    );
    return frame(
      'CHAP',
      concat(
        latin1(`ch${i}\0`),
        u32(chapter.start * 1000),
        u32(end * 1000),
        u32(0xffffffff),
        u32(0xffffffff),
        title,
      ),
    );
  });
  const toc = frame(
    'CTOC',
    concat(
      latin1('toc\0'),
      new Uint8Array([3, chapters.length]),
      ...chapters.map((_, i) => latin1(`ch${i}\0`)),
    ),
  );
  const frames = concat(toc, ...chaps);
  const size = frames.length;
  const header = new Uint8Array([
    0x49,
    0x44,
    0x33,
    3,
    0,
    0,
    (size >> 21) & 0x7f,
    (size >> 14) & 0x7f,
    (size >> 7) & 0x7f,
    size & 0x7f,
  ]);
  return concat(header, frames);
}

function htmlTranscript(): string {
  return demo.cues
    .map(
      (cue) =>
        `<cite>${escapeXml(cue.speaker ?? 'Speaker')}:</cite>\n<time>${clock(cue.start)}</time>\n<p>${escapeXml(cue.text)}</p>`,
    )
    .join('\n');
}

function jsonTranscript(): string {
  return JSON.stringify({
    version: '1.0.0',
    segments: demo.cues.map((cue) => ({
      startTime: cue.start,
      endTime: Number.isFinite(cue.end) ? cue.end : cue.start + 5,
      body: cue.text,
      ...(cue.speaker ? { speaker: cue.speaker } : {}),
    })),
  });
}

function vttChapters(): string {
  return `WEBVTT\n\n${CHAPTERS.map((c, i) => `${clock(c.start)}.000 --> ${clock(CHAPTERS[i + 1]?.start ?? 2989)}.000\n${c.title}`).join('\n\n')}\n`;
}

/** The feed's episodes: id, title, what it offers. */
export const EPISODES = {
  vtt: { id: 'tandem-ep-vtt', title: 'Flask with WebVTT and JSON chapters' },
  srt: { id: 'tandem-ep-srt', title: 'Flask with SRT and WebVTT chapters' },
  html: { id: 'tandem-ep-html', title: 'Flask with HTML and Podlove chapters' },
  json: { id: 'tandem-ep-json', title: 'Flask with JSON and chapters in the MP3' },
  bare: { id: 'tandem-ep-bare', title: 'A trailer with nothing else' },
};

function feed(): string {
  const psc = CHAPTERS.map(
    (c) => `<psc:chapter start="${clock(c.start)}" title="${escapeXml(c.title)}"/>`,
  ).join('');
  const item = (
    episode: { id: string; title: string },
    day: number,
    inner: string,
    audio = 'media/demo.mp3',
  ): string =>
    `<item><title>${escapeXml(episode.title)}</title><guid isPermaLink="false">${episode.id}</guid>` +
    `<pubDate>${new Date(Date.UTC(2024, 0, day)).toUTCString()}</pubDate><itunes:duration>49:49</itunes:duration>` +
    `<enclosure url="${audio}" type="audio/mpeg" length="11960099"/>${inner}</item>`;
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd" xmlns:podcast="https://podcastindex.org/namespace/1.0" xmlns:psc="http://podlove.org/simple-chapters">
<channel>
<title>Tandem Test Radio</title>
<itunes:author>The Tandem team</itunes:author>
<description><![CDATA[<p>Five ways to publish <b>one</b> episode.</p>]]></description>
${item(EPISODES.vtt, 5, '<podcast:transcript url="text/demo.txt" type="text/plain"/><podcast:transcript url="text/demo.vtt" type="text/vtt" language="en"/><podcast:chapters url="chapters/demo.json" type="application/json+chapters"/>')}
${item(EPISODES.srt, 4, '<podcast:transcript url="text/demo.srt" type="application/x-subrip"/><podcast:chapters url="chapters/demo.vtt" type="text/vtt"/>')}
${item(EPISODES.html, 3, `<podcast:transcript url="text/demo.html" type="text/html"/><psc:chapters version="1.2">${psc}</psc:chapters>`)}
${item(EPISODES.json, 2, '<podcast:transcript url="text/demo.json" type="application/json"/>', 'media/chapters.mp3')}
${item(EPISODES.bare, 1, '')}
</channel>
</rss>`;
}

/** Every file of the feed, by path on the host; the feed itself is "show/feed.xml". */
export function feedFiles(): Record<string, RemoteFile> {
  const audio = readFileSync(`${DEMO}/audio.mp3`);
  const tag = id3ChapterTag(CHAPTERS, 2989_000);
  const withChapters = Buffer.concat([tag, audio.subarray(id3Size(audio))]);
  const text = (body: string, type: string): RemoteFile => ({ body: Buffer.from(body), type });
  return {
    'show/feed.xml': text(feed(), 'application/rss+xml'),
    'show/media/demo.mp3': { body: audio, type: 'audio/mpeg' },
    'show/media/chapters.mp3': { body: withChapters, type: 'audio/mpeg' },
    'show/text/demo.txt': { body: readFileSync(`${DEMO}/transcript.txt`), type: 'text/plain' },
    'show/text/demo.vtt': text(writeWebVtt(demo), 'text/vtt'),
    'show/text/demo.srt': text(writeSrt(demo), 'application/x-subrip'),
    'show/text/demo.html': text(htmlTranscript(), 'text/html'),
    'show/text/demo.json': text(jsonTranscript(), 'application/json'),
    'show/chapters/demo.json': text(
      JSON.stringify({
        version: '1.2.0',
        chapters: CHAPTERS.map((c) => ({ startTime: c.start, title: c.title })),
      }),
      'application/json+chapters',
    ),
    'show/chapters/demo.vtt': text(vttChapters(), 'text/vtt'),
  };
}
