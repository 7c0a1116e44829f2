/**
 * Tandem inside another site's page: the address of the compact player, the `<iframe>` code
 * that shows it, and the messages the host page and the player exchange (in the spirit of
 * YouTube's IFrame API):
 *
 * - in, from the host page: `{ type: "tandem:command", command: "play" | "pause" | "seek", time? }`
 * - out, to the host page: `{ type: "tandem:event", event, time, cueIndex? }`
 *
 * A message is data from anyone: it is checked field by field and becomes one of the three
 * commands or nothing; it is never run as anything else.
 */
import { EMBED_PARAM } from './embed-address';
import { formatTimeFragment } from './fragment';

export type EmbedCommand =
  | { type: 'tandem:command'; command: 'play' }
  | { type: 'tandem:command'; command: 'pause' }
  | { type: 'tandem:command'; command: 'seek'; time: number };

export type EmbedEventName = 'ready' | 'play' | 'pause' | 'timeupdate' | 'cuechange' | 'ended';

export interface EmbedEvent {
  type: 'tandem:event';
  event: EmbedEventName;
  /** The media time in seconds. */
  time: number;
  /** The current line's index (0-based), or -1 before the first line; on cuechange and ready. */
  cueIndex?: number;
}

/** How often `timeupdate` is sent while playing, in media seconds: a few times a second. */
export const TIMEUPDATE_SECONDS = 0.25;

/** A command from a host page, or null for anything else (which is then ignored). */
export function parseEmbedCommand(data: unknown): EmbedCommand | null {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return null;
  const message = data as Record<string, unknown>;
  if (message.type !== 'tandem:command') return null;
  switch (message.command) {
    case 'play':
      return { type: 'tandem:command', command: 'play' };
    case 'pause':
      return { type: 'tandem:command', command: 'pause' };
    case 'seek': {
      const { time } = message;
      if (typeof time !== 'number' || !Number.isFinite(time) || time < 0) return null;
      return { type: 'tandem:command', command: 'seek', time };
    }
    default:
      return null;
  }
}

/** An event for the host page; the time rounded to milliseconds. */
export function embedEvent(event: EmbedEventName, time: number, cueIndex?: number): EmbedEvent {
  const message: EmbedEvent = {
    type: 'tandem:event',
    event,
    time: Math.round(Math.max(0, time) * 1000) / 1000,
  };
  if (cueIndex !== undefined) message.cueIndex = cueIndex;
  return message;
}

/**
 * The address of the episode the page at `href` shows, at `time` when given: the full page, or
 * with `isEmbed` the compact player. Parameters about the page (time, embed, language, origin)
 * are dropped; those that name the episode are kept.
 */
function episodeAddress(href: string, isEmbed: boolean, time?: number): string {
  const url = new URL(href);
  const params = new URLSearchParams(url.search);
  for (const key of [EMBED_PARAM, 't', 'lang', 'origin']) params.delete(key);
  if (isEmbed) params.set(EMBED_PARAM, '1');
  url.search = params.toString();
  url.hash = time !== undefined && time > 0 ? formatTimeFragment({ start: time }) : '';
  return url.href;
}

/** The full page for the episode an embed shows: what "Open in Tandem" opens. */
export const fullPageAddress = (href: string, time?: number): string =>
  episodeAddress(href, false, time);

/** The compact player's address for the episode the page at `href` shows. */
export const embedAddress = (href: string, time?: number): string =>
  episodeAddress(href, true, time);

const escapeAttribute = (value: string): string =>
  value
    .replaceAll('&', '&amp;')
    .replaceAll('"', '&quot;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;');

/** The `<iframe>` code to paste into a page; the title is the frame's name for screen readers. */
export function embedCode({
  href,
  title,
  time,
  height = 420,
}: {
  href: string;
  title: string;
  time?: number;
  height?: number;
}): string {
  return (
    `<iframe src="${escapeAttribute(embedAddress(href, time))}" ` +
    `title="${escapeAttribute(title)}" width="100%" height="${height}" ` +
    `style="border: 0; max-width: 48rem" allow="autoplay; clipboard-write" ` +
    `loading="lazy"></iframe>`
  );
}
