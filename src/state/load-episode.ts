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
import { closeCueEnds, type Transcript } from '../core/transcript';
import { nameOfUrl, type EpisodeSource } from './episode-source';
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

async function fetchBytes(url: string, label: string, fetchImpl: Fetch): Promise<Uint8Array> {
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
  return new Uint8Array(await response.arrayBuffer());
}

async function fetchJson(url: string, label: string, fetchImpl: Fetch): Promise<unknown> {
  return parseJsonFile(decodeText(await fetchBytes(url, label, fetchImpl)), label);
}

function parseJsonFile(text: string, label: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new EpisodeFileError(label, `not valid JSON (${messageOf(error)}).`);
  }
}

/** Parses transcript bytes in whatever format they are; the parsers load as a chunk of their own. */
async function readTranscript(bytes: Promise<Uint8Array>, label: string): Promise<Transcript> {
  const [{ parseTranscript }, data] = await Promise.all([import('../core/formats/detect'), bytes]);
  try {
    return parseTranscript(decodeText(data)).transcript;
  } catch (error) {
    if (error instanceof TranscriptParseError) {
      throw new Error(
        `Could not read the transcript ${label} (${error.format}): line ${error.line}, column ${error.column}: ${error.detail}`,
        { cause: error },
      );
    }
    throw error;
  }
}

/** The parts of an episode, each still loading; a failure of one is reported, not thrown. */
interface Parts {
  meta: EpisodeMeta;
  audioUrl: string | null;
  /** The title is only a file name: a title inside the transcript is better. */
  isTitleGuessed?: boolean;
  transcript: Promise<Transcript> | null;
  peaks: Promise<Peaks | null> | null;
}

async function settle(parts: Parts, store: typeof useTandem): Promise<LoadedEpisode> {
  const { addError, setEpisode, setTranscript } = store.getState();
  setEpisode(parts.meta);
  const [transcript, peaks] = await Promise.all([
    parts.transcript?.catch((error: unknown) => {
      addError(messageOf(error));
      return null;
    }) ?? null,
    parts.peaks?.catch((error: unknown) => {
      addError(`${messageOf(error)} The waveform is drawn flat; playback still works.`);
      return null;
    }) ?? null,
  ]);
  // The last line lasts until the audio ends.
  if (transcript)
    setTranscript({ ...transcript, cues: closeCueEnds(transcript.cues, peaks?.duration) });
  const meta =
    parts.isTitleGuessed && transcript?.title
      ? { ...parts.meta, title: transcript.title }
      : parts.meta;
  if (meta !== parts.meta) setEpisode(meta);
  return { meta, audioUrl: parts.audioUrl, peaks };
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
    transcript: readTranscript(
      fetchBytes(at(meta.transcript), meta.transcript, fetchImpl),
      meta.transcript,
    ),
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
      ? readTranscript(
          fetchBytes(transcriptUrl, transcriptName as string, fetchImpl),
          transcriptName as string,
        )
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
      ? readTranscript(
          transcript.arrayBuffer().then((b) => new Uint8Array(b)),
          transcript.name,
        )
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
): Promise<LoadedEpisode | null> {
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
  return settle(parts, store);
}
