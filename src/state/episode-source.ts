/**
 * Where an episode comes from: a folder with episode.json on this site, audio and transcript
 * URLs (`?audio=…&transcript=…`), or files the listener picked or dropped. Nothing is uploaded.
 */
import { t } from '../i18n/i18n';

/** The folder of the embedded demo episode. */
export const DEMO_EPISODE_URL = `${import.meta.env.BASE_URL}episodes/talk-python-013/`;

export type EpisodeSource =
  | { kind: 'folder'; url: string }
  | {
      kind: 'urls';
      audioUrl?: string;
      transcriptUrl?: string;
      peaksUrl?: string;
      chaptersUrl?: string;
    }
  | { kind: 'files'; audio?: File; transcript?: File; peaks?: File }
  /** A show's feed: its episode list, or (with `episodeId`, its guid) one of its episodes. */
  | { kind: 'feed'; feedUrl: string; episodeId?: string };

/** The page address (search part) that opens a show, or one of its episodes. */
export function feedSearch(feedUrl: string, episodeId?: string): string {
  const params = new URLSearchParams({ feed: feedUrl });
  if (episodeId !== undefined) params.set('episode', episodeId);
  return `?${params}`;
}

/** A URL an address may name: http(s), or this site's own. */
export function checkUrl(value: string, origin: string): { url: string } | { error: string } {
  let url: URL;
  try {
    url = new URL(value, `${origin}/`);
  } catch {
    return { error: t('error.address.notUrl', { value }) };
  }
  if (url.origin === origin || url.protocol === 'https:' || url.protocol === 'http:')
    return { url: url.href };
  return { error: t('error.address.refused', { value }) };
}

/**
 * The episode a page address asks for: `?feed=` (with `&episode=<guid>`), `?audio=&transcript=
 * &peaks=&chapters=` URLs, `?episode=<folder>/` on this site, or the demo. Refused URLs come back
 * as errors to show.
 */
export function sourceFromSearch(
  search: string,
  origin = window.location.origin,
): { source: EpisodeSource; errors: string[] } {
  const params = new URLSearchParams(search);
  const errors: string[] = [];
  const read = (name: string): string | undefined => {
    const value = params.get(name);
    if (!value) return undefined;
    const checked = checkUrl(value, origin);
    if ('error' in checked) {
      errors.push(`The ${name} address ${checked.error}`);
      return undefined;
    }
    return checked.url;
  };
  if (params.has('feed')) {
    const feedUrl = read('feed');
    const episodeId = params.get('episode') ?? undefined;
    if (feedUrl) {
      return { source: { kind: 'feed', feedUrl, ...(episodeId ? { episodeId } : {}) }, errors };
    }
    return { source: { kind: 'folder', url: DEMO_EPISODE_URL }, errors };
  }
  if (params.has('audio') || params.has('transcript')) {
    const audioUrl = read('audio');
    const transcriptUrl = read('transcript');
    const peaksUrl = read('peaks');
    const chaptersUrl = read('chapters');
    if (audioUrl || transcriptUrl) {
      return {
        source: {
          kind: 'urls',
          ...(audioUrl ? { audioUrl } : {}),
          ...(transcriptUrl ? { transcriptUrl } : {}),
          ...(peaksUrl ? { peaksUrl } : {}),
          ...(chaptersUrl ? { chaptersUrl } : {}),
        },
        errors,
      };
    }
    return { source: { kind: 'folder', url: DEMO_EPISODE_URL }, errors };
  }
  const folder = params.get('episode');
  if (folder) {
    const url = new URL(folder.endsWith('/') ? folder : `${folder}/`, `${origin}/`);
    if (url.origin === origin) return { source: { kind: 'folder', url: url.href }, errors };
    errors.push(t('error.address.folderRefused', { folder }));
  }
  return { source: { kind: 'folder', url: DEMO_EPISODE_URL }, errors };
}

const AUDIO_EXTENSIONS = /\.(mp3|m4a|m4b|aac|ogg|oga|opus|wav|webm|weba|flac)$/i;

/** Sorts picked or dropped files into audio, transcript and peaks, by type and name. */
export function sortFiles(files: readonly File[]): {
  audio?: File;
  transcript?: File;
  peaks?: File;
} {
  const sorted: { audio?: File; transcript?: File; peaks?: File } = {};
  for (const file of files) {
    if (
      file.type.startsWith('audio/') ||
      file.type.startsWith('video/') ||
      AUDIO_EXTENSIONS.test(file.name)
    ) {
      sorted.audio ??= file;
    } else if (/\.peaks\.json$/i.test(file.name)) {
      sorted.peaks ??= file;
    } else {
      sorted.transcript ??= file;
    }
  }
  return sorted;
}

/** The file name at the end of a URL, for messages ("episode.mp3"). */
export function nameOfUrl(url: string): string {
  try {
    const path = new URL(url).pathname;
    return decodeURIComponent(path.slice(path.lastIndexOf('/') + 1)) || url;
  } catch {
    return url;
  }
}
