/**
 * Where an episode's parts come from: a folder with an episode.json, addresses, or files from
 * this device. Each source gives the same `EpisodeParts`: the metadata at once, and the
 * transcript's bytes and the peaks still on their way (each failing on its own, with a message
 * naming its file).
 */
import {
  EpisodeFileError,
  readEpisodeMeta,
  readPeaks,
  type EpisodeMeta,
  type Peaks,
} from '../core/episode';
import { decodeText } from '../core/formats/decode';
import { isWebPage } from '../core/formats/sniff';
import type { ChapterList } from '../core/chapters/json';
import { messageOf } from '../core/messages';
import type { EpisodeFile } from '../core/offline';
import { nameOfUrl, type EpisodeSource } from './episode-source';
import { sizeOf } from './fetch-file';
import { canReadInWorker } from './read-transcript';
import { download, pageFetch, type Fetch } from './remote';
import { t } from '../i18n/i18n';

export type { Fetch } from './remote';

/**
 * A transcript file on its way: its bytes as a stream and its size when known (else 0); or only
 * its address, for its reader to download in a worker (see readTranscriptAt).
 */
export type TranscriptDownload =
  | {
      kind: 'bytes';
      stream: ReadableStream<Uint8Array>;
      total: number;
      /** The file's name, for messages. */
      label: string;
    }
  | { kind: 'address'; url: string; label: string };

/** Chapters on their way; `problem` says why a first source failed when a second one served. */
export type ChaptersDownload = Promise<ChapterList & { problem?: string }>;

/** The parts of an episode, the slow ones still loading. */
export interface EpisodeParts {
  meta: EpisodeMeta;
  audioUrl: string | null;
  /** The audio as a local file, when it is one (its first bytes are read for ID3 chapters). */
  audioFile?: File;
  /** The title is only a file name: a title inside the transcript is better. */
  isTitleGuessed: boolean;
  transcript: Promise<TranscriptDownload> | null;
  peaks: Promise<Peaks | null> | null;
  /** The episode's chapters file (or chapters from its feed); null when it names none. */
  chapters: ChaptersDownload | null;
  /** Every file on the web the episode is made of (what "Keep for offline" stores). */
  files: EpisodeFile[];
}

// Far more than any episode.json or peaks file: a larger one is the wrong file.
const MAX_JSON_BYTES = 32 * 2 ** 20;

/** Whether loading `source` will read a transcript (so its reader can start early). */
export function hasTranscript(source: EpisodeSource): boolean {
  if (source.kind === 'folder' || source.kind === 'feed') return true;
  return (source.kind === 'urls' ? source.transcriptUrl : source.transcript) !== undefined;
}

/** The parts of the episode `source` names; throws only when there is nothing to show at all. */
export async function findEpisodeParts(
  source: EpisodeSource,
  fetchImpl: Fetch,
): Promise<EpisodeParts> {
  if (source.kind === 'folder') return folderParts(source.url, fetchImpl);
  if (source.kind === 'urls') return urlParts(source, fetchImpl);
  if (source.kind === 'feed') {
    if (source.episodeId === undefined) throw new Error(t('error.feed.chooseEpisode'));
    // Feeds are a chunk of their own: most visits open an episode directly.
    const { feedEpisodeParts } = await import('./feed');
    return feedEpisodeParts(source.feedUrl, source.episodeId, fetchImpl);
  }
  return fileParts(source);
}

function parseJsonFile(text: string, label: string): unknown {
  if (isWebPage(text)) {
    throw new EpisodeFileError(
      label,
      'the server sent a web page (HTML), not JSON: is the address right, or was it an error page?',
    );
  }
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new EpisodeFileError(label, `not valid JSON (${messageOf(error)}).`);
  }
}

async function downloadJson(url: string, label: string, fetchImpl: Fetch): Promise<unknown> {
  const response = await download(url, label, fetchImpl);
  const size = Number(response.headers.get('content-length')) || 0;
  if (size > MAX_JSON_BYTES) {
    void response.body?.cancel();
    throw new EpisodeFileError(
      label,
      `is ${Math.round(size / 2 ** 20)} MB, far too large for this kind of file: is the address right?`,
    );
  }
  return parseJsonFile(decodeText(new Uint8Array(await response.arrayBuffer())), label);
}

const downloadPeaks = (url: string, label: string, fetchImpl: Fetch): Promise<Peaks> =>
  downloadJson(url, label, fetchImpl).then((data) => readPeaks(data, label));

/** Whether the page has asked for `url` already (a `<link rel="preload">`): its bytes are here. */
const isPreloaded = (url: string): boolean =>
  typeof document !== 'undefined' &&
  [...document.querySelectorAll<HTMLLinkElement>('link[rel="preload"]')].some(
    (link) => link.href === url,
  );

/**
 * A transcript's download: left to its reader's worker where there is one (its bytes then never
 * wait for this page's busy thread), else started here. A file the page preloads is read here.
 */
export async function downloadTranscript(
  url: string,
  label: string,
  fetchImpl: Fetch,
): Promise<TranscriptDownload> {
  if (fetchImpl === pageFetch && canReadInWorker() && !isPreloaded(url)) {
    return { kind: 'address', url, label };
  }
  const response = await download(url, label, fetchImpl);
  return {
    kind: 'bytes',
    stream: response.body ?? new Blob([]).stream(),
    total: sizeOf(response),
    label,
  };
}

/** A chapters file, read by code that loads only for episodes that have one. */
const chaptersFrom = (url: string, fetchImpl: Fetch): ChaptersDownload =>
  import('./chapters').then(({ downloadChapters }) => downloadChapters(url, fetchImpl));

async function folderParts(folderUrl: string, fetchImpl: Fetch): Promise<EpisodeParts> {
  const metaUrl = new URL('episode.json', new URL(folderUrl, window.location.href));
  const meta = readEpisodeMeta(
    await downloadJson(metaUrl.href, 'episode.json', fetchImpl),
    'episode.json',
  );
  const at = (path: string): string => new URL(path, metaUrl).href;
  const named = (role: EpisodeFile['role'], path: string | undefined): EpisodeFile[] =>
    path ? [{ role, url: at(path), label: path }] : [];
  return {
    meta,
    files: [
      { role: 'page', url: metaUrl.href, label: 'episode.json' },
      ...named('audio', meta.audio),
      ...named('transcript', meta.transcript),
      ...named('peaks', meta.peaks),
      ...named('chapters', meta.chapters),
    ],
    audioUrl: at(meta.audio),
    isTitleGuessed: false,
    transcript: downloadTranscript(at(meta.transcript), meta.transcript, fetchImpl),
    peaks: meta.peaks ? downloadPeaks(at(meta.peaks), meta.peaks, fetchImpl) : null,
    chapters: meta.chapters ? chaptersFrom(at(meta.chapters), fetchImpl) : null,
  };
}

function urlParts(
  source: Extract<EpisodeSource, { kind: 'urls' }>,
  fetchImpl: Fetch,
): EpisodeParts {
  const { audioUrl, transcriptUrl, peaksUrl, chaptersUrl } = source;
  const audioName = audioUrl ? nameOfUrl(audioUrl) : undefined;
  const transcriptName = transcriptUrl ? nameOfUrl(transcriptUrl) : undefined;
  return {
    meta: {
      id: `url:${audioUrl ?? transcriptUrl}`,
      title: audioName ?? transcriptName ?? 'Episode',
      show: new URL((audioUrl ?? transcriptUrl) as string).host,
      audio: audioName ?? '',
      transcript: transcriptName ?? '',
    },
    isTitleGuessed: true,
    audioUrl: audioUrl ?? null,
    transcript: transcriptUrl
      ? downloadTranscript(transcriptUrl, transcriptName as string, fetchImpl)
      : null,
    // Peaks named in the address, or a sibling "<audio>.peaks.json" when the server has one.
    peaks: peaksUrl
      ? downloadPeaks(peaksUrl, nameOfUrl(peaksUrl), fetchImpl)
      : audioUrl
        ? siblingPeaks(audioUrl, fetchImpl)
        : null,
    chapters: chaptersUrl ? chaptersFrom(chaptersUrl, fetchImpl) : null,
    files: (
      [
        ['audio', audioUrl],
        ['transcript', transcriptUrl],
        ['peaks', peaksUrl],
        ['chapters', chaptersUrl],
      ] as const
    ).flatMap(([role, url]) => (url ? [{ role, url, label: nameOfUrl(url) }] : [])),
  };
}

/** "<audio>.peaks.json" beside the audio, if the server has one; its absence is normal. */
function siblingPeaks(audioUrl: string, fetchImpl: Fetch): Promise<Peaks | null> | null {
  const url = audioUrl.replace(/\.[a-z0-9]+(?=([?#].*)?$)/i, '.peaks.json');
  if (url === audioUrl) return null;
  return fetchImpl(url)
    .then(async (response) =>
      response.ok
        ? readPeaks(parseJsonFile(await response.text(), nameOfUrl(url)), nameOfUrl(url))
        : null,
    )
    .catch(() => null);
}

function fileParts(source: Extract<EpisodeSource, { kind: 'files' }>): EpisodeParts {
  const { audio, transcript, peaks } = source;
  const named = audio ?? transcript;
  return {
    meta: {
      id: `file:${named?.name}:${named?.size}`,
      title: (transcript ?? audio)?.name.replace(/\.[^.]+$/, '') ?? 'Episode',
      show: t('episode.fromDevice'),
      audio: audio?.name ?? '',
      transcript: transcript?.name ?? '',
    },
    isTitleGuessed: true,
    audioUrl: audio ? URL.createObjectURL(audio) : null,
    ...(audio ? { audioFile: audio } : {}),
    transcript: transcript
      ? Promise.resolve({
          kind: 'bytes' as const,
          stream: transcript.stream(),
          total: transcript.size,
          label: transcript.name,
        })
      : null,
    peaks: peaks
      ? peaks.text().then((text) => readPeaks(parseJsonFile(text, peaks.name), peaks.name))
      : null,
    chapters: null,
    // Files from this device are here already: there is nothing on the web to keep.
    files: [],
  };
}
