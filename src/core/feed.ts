/**
 * A podcast feed (RSS 2.0 with the iTunes, Podcasting 2.0 and Podlove Simple Chapters
 * namespaces, or Atom) read into a plain model: the show, and its episodes newest first, each with
 * its audio, transcripts, chapters, artwork and link. Feeds in the wild are messy: undeclared or
 * non-canonical namespace prefixes, CDATA, HTML in descriptions (read as text, never as markup),
 * missing guids, durations as seconds or H:MM:SS, relative addresses. What cannot be used is
 * skipped and counted; a file that is not a feed at all is an error that says what it is.
 */
import { decodeHTML } from 'entities';
import { FeedError, type FeedEpisode, type FeedTranscript, type Show } from './feed-model';
import { webAddress } from './chapters/chapter';
import { readPscChapters } from './chapters/psc';
import { isWebPage } from './formats/sniff';
import { parseClock } from './time';
import {
  childOf,
  childrenOf,
  childText,
  NS,
  parseXml,
  XmlSyntaxError,
  type Namespace,
  type XmlElement,
} from './xml';

export { bestTranscript, FeedError } from './feed-model';
export type { FeedEpisode, FeedTranscript, Show } from './feed-model';

/** Text from a description that may hold HTML: tags dropped, entities decoded, spaces folded. */
export function plainText(html: string): string {
  return decodeHTML(
    html
      .replace(/<(script|style)\b[\s\S]*?<\/\1\s*>/gi, ' ')
      .replace(/<br\s*\/?>|<\/p\s*>/gi, '\n')
      .replace(/<[^>]*>/g, ' '),
  )
    .replace(/[ \t\f\v\u00a0]+/g, ' ')
    .replace(/ *\n[\s]*/g, '\n')
    .trim();
}

/** A title or name: plain text on one line. */
const plainLine = (html: string): string => plainText(html).replace(/\s+/g, ' ');

/** "4385", "01:00:00", "62:10", "61.5" → seconds; undefined for anything else. */
export function parseDuration(text: string | undefined): number | undefined {
  if (!text) return undefined;
  const trimmed = text.trim();
  const seconds = /^\d+:\d+$/.test(trimmed)
    ? trimmed.split(':').reduce((sum, part) => sum * 60 + Number(part), 0)
    : parseClock(trimmed);
  return seconds !== undefined && Number.isFinite(seconds) && seconds > 0 ? seconds : undefined;
}

const dateOf = (text: string | undefined): number | null => {
  if (!text) return null;
  const ms = Date.parse(text.trim());
  return Number.isNaN(ms) ? null : ms;
};

/** Every podcast:transcript of an item, in feed order, addresses resolved. */
function transcriptsOf(item: XmlElement, base: string): FeedTranscript[] {
  return childrenOf(item, NS.podcast, 'transcript').flatMap((node) => {
    const url = webAddress(node.attrs.url, base);
    if (!url) return [];
    const language = node.attrs.language?.trim().toLowerCase();
    return [
      {
        url,
        type: (node.attrs.type ?? '').trim().toLowerCase(),
        ...(language ? { language } : {}),
        isCaptions: node.attrs.rel?.trim().toLowerCase() === 'captions',
      },
    ];
  });
}

const imageOf = (node: XmlElement, base: string): string | undefined =>
  webAddress(childOf(node, NS.itunes, 'image')?.attrs.href, base) ??
  webAddress(childText(childOf(node, null, 'image') ?? node, null, 'url'), base);

function rssEpisode(item: XmlElement, base: string): FeedEpisode | null {
  const enclosure = childOf(item, null, 'enclosure');
  const audioUrl = webAddress(enclosure?.attrs.url, base);
  const title = childText(item, null, 'title') ?? childText(item, NS.itunes, 'title');
  if (!title && !audioUrl) return null;
  const guid = childText(item, null, 'guid');
  const chaptersNode = childOf(item, NS.podcast, 'chapters');
  const chaptersUrl = webAddress(chaptersNode?.attrs.url, base);
  const psc = childOf(item, NS.psc, 'chapters');
  const description =
    childText(item, NS.content, 'encoded') ??
    childText(item, null, 'description') ??
    childText(item, NS.itunes, 'summary');
  const image = imageOf(item, base);
  const link = webAddress(childText(item, null, 'link'), base);
  const duration = parseDuration(childText(item, NS.itunes, 'duration'));
  return {
    id: guid ?? audioUrl ?? (title as string),
    title: plainLine(title ?? '') || (audioUrl as string),
    published: dateOf(childText(item, null, 'pubDate')),
    duration: duration ?? null,
    audio: audioUrl
      ? { url: audioUrl, type: (enclosure?.attrs.type ?? '').trim().toLowerCase() }
      : null,
    transcripts: transcriptsOf(item, base),
    chaptersFile: chaptersUrl
      ? { url: chaptersUrl, type: (chaptersNode?.attrs.type ?? '').trim().toLowerCase() }
      : null,
    chapters: psc ? readPscChapters(psc, base).chapters : null,
    ...(image ? { image } : {}),
    ...(link ? { link } : {}),
    ...(description ? { description: plainText(description) } : {}),
  };
}

function readRss(
  rss: XmlElement,
  base: string,
): Omit<Show, 'episodes'> & { items: (FeedEpisode | null)[] } {
  const channel = childOf(rss, null, 'channel');
  if (!channel) throw new Error('the <rss> element has no <channel>.');
  const image = imageOf(channel, base);
  const link = webAddress(childText(channel, null, 'link'), base);
  const author =
    childText(channel, NS.itunes, 'author') ?? childText(channel, NS.podcast, 'person');
  const description =
    childText(channel, null, 'description') ?? childText(channel, NS.itunes, 'summary');
  return {
    title: plainLine(childText(channel, null, 'title') ?? '') || 'Untitled show',
    ...(author ? { author: plainLine(author) } : {}),
    ...(image ? { image } : {}),
    ...(link ? { link } : {}),
    ...(description ? { description: plainText(description) } : {}),
    skippedItems: 0,
    items: childrenOf(channel, null, 'item').map((item) => rssEpisode(item, base)),
  };
}

const atomLink = (node: XmlElement, rel: string, base: string): XmlElement | undefined =>
  childrenOf(node, NS.atom, 'link').find(
    (link) => (link.attrs.rel ?? 'alternate') === rel && webAddress(link.attrs.href, base),
  );

function atomEpisode(entry: XmlElement, base: string): FeedEpisode | null {
  const atom: Namespace = NS.atom;
  const enclosure = atomLink(entry, 'enclosure', base);
  const audioUrl = webAddress(enclosure?.attrs.href, base);
  const title = childText(entry, atom, 'title');
  if (!title && !audioUrl) return null;
  const link = webAddress(atomLink(entry, 'alternate', base)?.attrs.href, base);
  const summary = childText(entry, atom, 'summary') ?? childText(entry, atom, 'content');
  const image = imageOf(entry, base);
  const duration = parseDuration(childText(entry, NS.itunes, 'duration'));
  return {
    id: childText(entry, atom, 'id') ?? audioUrl ?? (title as string),
    title: plainLine(title ?? '') || (audioUrl as string),
    published: dateOf(childText(entry, atom, 'published') ?? childText(entry, atom, 'updated')),
    duration: duration ?? null,
    audio: audioUrl
      ? { url: audioUrl, type: (enclosure?.attrs.type ?? '').trim().toLowerCase() }
      : null,
    transcripts: transcriptsOf(entry, base),
    chaptersFile: null,
    chapters: null,
    ...(image ? { image } : {}),
    ...(link ? { link } : {}),
    ...(summary ? { description: plainText(summary) } : {}),
  };
}

function readAtom(
  feed: XmlElement,
  base: string,
): Omit<Show, 'episodes'> & { items: (FeedEpisode | null)[] } {
  const atom = NS.atom;
  const image =
    webAddress(childText(feed, atom, 'logo'), base) ??
    webAddress(childText(feed, atom, 'icon'), base) ??
    imageOf(feed, base);
  const link = webAddress(atomLink(feed, 'alternate', base)?.attrs.href, base);
  const author = childText(childOf(feed, atom, 'author') ?? feed, atom, 'name');
  const description = childText(feed, atom, 'subtitle');
  return {
    title: plainLine(childText(feed, atom, 'title') ?? '') || 'Untitled show',
    ...(author ? { author } : {}),
    ...(image ? { image } : {}),
    ...(link ? { link } : {}),
    ...(description ? { description: plainText(description) } : {}),
    skippedItems: 0,
    items: childrenOf(feed, atom, 'entry').map((entry) => atomEpisode(entry, base)),
  };
}

/** Newest first; undated episodes after the dated ones, in feed order. Stable. */
function newestFirst(episodes: FeedEpisode[]): FeedEpisode[] {
  return episodes
    .map((episode, order) => ({ episode, order }))
    .sort(
      (a, b) =>
        (b.episode.published ?? -Infinity) - (a.episode.published ?? -Infinity) ||
        a.order - b.order,
    )
    .map(({ episode }) => episode);
}

/**
 * Reads a feed's text. `file` names it in messages; `feedUrl` resolves its relative addresses.
 * Throws FeedError saying what the file is when it is not a podcast feed.
 */
export function parseFeed(text: string, file: string, feedUrl: string): Show {
  if (isWebPage(text)) {
    throw new FeedError(
      file,
      'it is a web page (HTML), not a podcast feed. Look on that page for its RSS feed address.',
    );
  }
  if (text.trim() === '') throw new FeedError(file, 'the file is empty.');
  let root: XmlElement;
  try {
    root = parseXml(text);
  } catch (error) {
    if (error instanceof XmlSyntaxError) {
      throw new FeedError(file, `it is not well-formed XML (${error.message}).`, { cause: error });
    }
    throw error;
  }
  let read: ReturnType<typeof readRss>;
  try {
    if (root.local === 'rss') read = readRss(root, feedUrl);
    else if (root.local === 'feed' && (root.ns === undefined || NS.atom.matches(root.ns)))
      read = readAtom(root, feedUrl);
    else {
      throw new FeedError(
        file,
        `it is XML, but not a podcast feed: expected <rss> or an Atom <feed>, found <${root.name}>.`,
      );
    }
  } catch (error) {
    if (error instanceof FeedError) throw error;
    throw new FeedError(file, (error as Error).message, { cause: error });
  }
  const { items, ...show } = read;
  const episodes = items.filter((item): item is FeedEpisode => item !== null);
  return {
    ...show,
    skippedItems: items.length - episodes.length,
    episodes: newestFirst(episodes),
  };
}

/** The feed's bytes as text, by its byte order mark, else its XML declaration, else UTF-8. */
export function decodeFeed(bytes: Uint8Array): string {
  const [a, b] = bytes;
  if ((a === 0xff && b === 0xfe) || (a === 0xfe && b === 0xff)) {
    return new TextDecoder(a === 0xff ? 'utf-16le' : 'utf-16be').decode(bytes);
  }
  const head = new TextDecoder('iso-8859-1').decode(bytes.subarray(0, 200));
  const declared = /^\uFEFF?\s*<\?xml[^>]*\bencoding\s*=\s*["']([A-Za-z0-9._-]+)["']/.exec(
    head,
  )?.[1];
  try {
    return new TextDecoder(declared ?? 'utf-8').decode(bytes);
  } catch {
    // A label the browser does not know: UTF-8 is by far the likeliest.
    return new TextDecoder('utf-8').decode(bytes);
  }
}
