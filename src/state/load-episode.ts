/**
 * Loads an episode into the store, from a folder, URLs or local files. Each file that fails
 * gets its own message naming it, and what did load keeps working: a transcript without audio
 * can be read, audio without a transcript can be played.
 */
import {
  EpisodeFileError,
  readEpisodeMeta,
  readPeaks,
  type EpisodeMeta,
  type Peaks,
} from '../core/episode';
import { decodeText } from '../core/formats/decode';
import { TranscriptParseError } from '../core/formats/parse-error';
import { isWebPage } from '../core/formats/sniff';
import type { SearchIndex } from '../core/search';
import { closeCueEnds, type Transcript } from '../core/transcript';
import { nameOfUrl, type EpisodeSource } from './episode-source';
import { readTranscriptStream, warmUpTranscriptReader } from './read-transcript';
import { useTandem } from './store';

/** What a loaded episode needs to play: its metadata, its audio (if any), and its peaks. */
export interface LoadedEpisode {
  meta: EpisodeMeta;
  audioUrl: string | null;
  peaks: Peaks | null;
}

type Fetch = typeof fetch;

const messageOf = (error: unknown): string =>
  error instanceof Error ? error.message : String(error);

async function fetchOk(url: string, label: string, fetchImpl: Fetch): Promise<Response> {
  let response: Response;
  try {
    response = await fetchImpl(url);
  } catch {
    const crossSite = new URL(url, window.location.href).origin !== window.location.origin;
    throw new Error(
      `Could not download ${label}: the network request failed${
        crossSite
          ? ' (is the address right, and does its server allow other sites to read it? That is CORS)'
          : ''
      }.`,
    );
  }
  if (!response.ok) {
    const status = [response.status, response.statusText].filter(Boolean).join(' ');
    throw new Error(`Could not download ${label}: the server answered ${status}.`);
  }
  return response;
}

// Far more than any episode.json or peaks file: a larger one is the wrong file.
const MAX_JSON_BYTES = 32 * 2 ** 20;

async function fetchJson(url: string, label: string, fetchImpl: Fetch): Promise<unknown> {
  const response = await fetchOk(url, label, fetchImpl);
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

/** A transcript file on its way: its bytes as a stream, and its size when known (else 0). */
interface TranscriptBytes {
  stream: ReadableStream<Uint8Array>;
  total: number;
  label: string;
}

async function fetchTranscript(
  url: string,
  label: string,
  fetchImpl: Fetch,
): Promise<TranscriptBytes> {
  const response = await fetchOk(url, label, fetchImpl);
  // A compressed response reports its compressed length: then the size is unknown.
  const isEncoded = (response.headers.get('content-encoding') ?? 'identity') !== 'identity';
  return {
    stream: response.body ?? new Blob([]).stream(),
    total: isEncoded ? 0 : Number(response.headers.get('content-length')) || 0,
    label,
  };
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

/**
 * Reads a transcript in whatever format it is, as it downloads: long files show their first
 * lines (`onPreview`) before the rest is read. Progress goes to the store.
 */
async function readTranscript(
  bytes: Promise<TranscriptBytes>,
  store: typeof useTandem,
  onPreview: (transcript: Transcript) => void,
  signal: AbortSignal | undefined,
): Promise<{ transcript: Transcript; searchIndex: SearchIndex }> {
  const { stream, total, label } = await bytes;
  const { setTranscriptLoad } = store.getState();
  setTranscriptLoad({ loaded: 0, total });
  try {
    return await readTranscriptStream(stream, {
      total,
      label,
      onProgress: (loaded) => {
        if (!signal?.aborted) setTranscriptLoad({ loaded, total });
      },
      onPreview,
      ...(signal ? { signal } : {}),
    });
  } catch (error) {
    if (error instanceof TranscriptParseError) {
      throw new Error(
        `Could not read the transcript ${label} (${error.format}): line ${error.line}, column ${error.column}: ${error.detail}`,
        { cause: error },
      );
    }
    throw error;
  } finally {
    if (!signal?.aborted) setTranscriptLoad(null);
  }
}

/** The parts of an episode, each still loading; a failure of one is reported, not thrown. */
interface Parts {
  meta: EpisodeMeta;
  audioUrl: string | null;
  /** The title is only a file name: a title inside the transcript is better. */
  isTitleGuessed?: boolean;
  transcript: Promise<TranscriptBytes> | null;
  peaks: Promise<Peaks | null> | null;
}

export interface LoadOptions {
  /** Abandons the load (another episode was opened): nothing more reaches the store. */
  signal?: AbortSignal;
  /** Called as soon as the audio and its peaks are known, before a long transcript is read. */
  onPlayable?: (loaded: LoadedEpisode) => void;
}

async function settle(
  parts: Parts,
  store: typeof useTandem,
  { signal, onPlayable }: LoadOptions,
): Promise<LoadedEpisode> {
  const isCurrent = () => !signal?.aborted;
  const { addError, setEpisode, setTranscript } = store.getState();
  setEpisode(parts.meta);
  const peaks = (
    parts.peaks?.catch((error: unknown) => {
      if (isCurrent()) {
        addError(`${messageOf(error)} The waveform is computed from the audio instead.`);
      }
      return null;
    }) ?? Promise.resolve(null)
  ).then((value) => {
    if (isCurrent()) onPlayable?.({ meta: parts.meta, audioUrl: parts.audioUrl, peaks: value });
    return value;
  });
  // A title inside the transcript is better than a file name.
  const metaWith = (transcript: Transcript | undefined): EpisodeMeta =>
    parts.isTitleGuessed && transcript?.title
      ? { ...parts.meta, title: transcript.title }
      : parts.meta;
  const showTitleOf = (transcript: Transcript): void => {
    const meta = metaWith(transcript);
    if (meta !== parts.meta) setEpisode(meta);
  };
  const read = parts.transcript
    ? readTranscript(
        parts.transcript,
        store,
        (preview) => {
          if (!isCurrent()) return;
          showTitleOf(preview);
          setTranscript({ ...preview, cues: closeCueEnds(preview.cues) });
        },
        signal,
      ).catch((error: unknown) => {
        if (isCurrent()) addError(messageOf(error));
        return null;
      })
    : Promise.resolve(null);
  // The transcript shows as soon as it is read; the last line lasts until the audio ends, which
  // the peaks tell, so it is closed again if they arrive later.
  let duration: number | undefined;
  let shown: { transcript: Transcript; searchIndex: SearchIndex } | null = null;
  const show = (closed: Transcript, searchIndex: SearchIndex): void => {
    if (!isCurrent()) return;
    shown = { transcript: closed, searchIndex };
    setTranscript(closed, searchIndex);
  };
  const [result, peaksValue] = await Promise.all([
    read.then((value) => {
      if (value && isCurrent()) {
        showTitleOf(value.transcript);
        const cues = closeCueEnds(value.transcript.cues, duration);
        show({ ...value.transcript, cues }, value.searchIndex);
      }
      return value;
    }),
    peaks.then((value) => {
      duration = value?.duration;
      if (shown && duration !== undefined) {
        const { transcript: current, searchIndex } = shown;
        const cues = closeCueEnds(current.cues, duration);
        if (cues.some((cue, i) => cue !== current.cues[i])) show({ ...current, cues }, searchIndex);
      }
      return value;
    }),
  ]);
  return { meta: metaWith(result?.transcript), audioUrl: parts.audioUrl, peaks: peaksValue };
}

async function folderParts(folderUrl: string, fetchImpl: Fetch): Promise<Parts> {
  const metaUrl = new URL('episode.json', new URL(folderUrl, window.location.href));
  const meta = readEpisodeMeta(
    await fetchJson(metaUrl.href, 'episode.json', fetchImpl),
    'episode.json',
  );
  const at = (path: string): string => new URL(path, metaUrl).href;
  return {
    meta,
    audioUrl: at(meta.audio),
    transcript: fetchTranscript(at(meta.transcript), meta.transcript, fetchImpl),
    peaks: meta.peaks
      ? fetchJson(at(meta.peaks), meta.peaks, fetchImpl).then((data) =>
          readPeaks(data, meta.peaks as string),
        )
      : null,
  };
}

function urlParts(source: Extract<EpisodeSource, { kind: 'urls' }>, fetchImpl: Fetch): Parts {
  const { audioUrl, transcriptUrl, peaksUrl } = source;
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
      ? fetchTranscript(transcriptUrl, transcriptName as string, fetchImpl)
      : null,
    // Peaks named in the address, or a sibling "<audio>.peaks.json" when the server has one.
    peaks: peaksUrl
      ? fetchJson(peaksUrl, nameOfUrl(peaksUrl), fetchImpl).then((data) =>
          readPeaks(data, nameOfUrl(peaksUrl)),
        )
      : audioUrl
        ? siblingPeaks(audioUrl, fetchImpl)
        : null,
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

function fileParts(source: Extract<EpisodeSource, { kind: 'files' }>): Parts {
  const { audio, transcript, peaks } = source;
  const named = audio ?? transcript;
  return {
    meta: {
      id: `file:${named?.name}:${named?.size}`,
      title: (transcript ?? audio)?.name.replace(/\.[^.]+$/, '') ?? 'Episode',
      show: 'Opened from this device',
      audio: audio?.name ?? '',
      transcript: transcript?.name ?? '',
    },
    isTitleGuessed: true,
    audioUrl: audio ? URL.createObjectURL(audio) : null,
    transcript: transcript
      ? Promise.resolve({
          stream: transcript.stream(),
          total: transcript.size,
          label: transcript.name,
        })
      : null,
    peaks: peaks
      ? peaks.text().then((text) => readPeaks(parseJsonFile(text, peaks.name), peaks.name))
      : null,
  };
}

/** Loads an episode from any source into the store; null when nothing at all could be loaded. */
export async function loadEpisode(
  source: EpisodeSource,
  store = useTandem,
  fetchImpl: Fetch = (...args) => fetch(...args),
  options: LoadOptions = {},
): Promise<LoadedEpisode | null> {
  const hasTranscript =
    source.kind === 'folder' ||
    (source.kind === 'urls' ? source.transcriptUrl : source.transcript) !== undefined;
  if (hasTranscript) warmUpTranscriptReader();
  let parts: Parts;
  try {
    parts =
      source.kind === 'folder'
        ? await folderParts(source.url, fetchImpl)
        : source.kind === 'urls'
          ? urlParts(source, fetchImpl)
          : fileParts(source);
  } catch (error) {
    store.getState().addError(messageOf(error));
    return null;
  }
  return settle(parts, store, options);
}
