/** Loads an episode folder (episode.json, transcript, peaks) into the store, reporting each failure. */
import {
  EpisodeFileError,
  readEpisodeMeta,
  readPeaks,
  type EpisodeMeta,
  type Peaks,
} from '../core/episode';
import { TranscriptParseError } from '../core/formats/parse-error';
import { closeCueEnds } from '../core/transcript';
import { useTandem } from './store';

/** The folder of the embedded demo episode. */
export const DEMO_EPISODE_URL = `${import.meta.env.BASE_URL}episodes/talk-python-013/`;

/**
 * The episode folder a page address asks for: `?episode=episodes/<id>/` opens another folder
 * served by this site (same origin only); anything else, or nothing, is the demo episode.
 */
export function episodeFolderFromSearch(search: string, origin = window.location.origin): string {
  const requested = new URLSearchParams(search).get('episode');
  if (!requested) return DEMO_EPISODE_URL;
  const url = new URL(requested.endsWith('/') ? requested : `${requested}/`, `${origin}/`);
  return url.origin === origin ? url.href : DEMO_EPISODE_URL;
}

/** What a loaded episode needs to play: its metadata, where its audio is, and its peaks. */
export interface LoadedEpisode {
  meta: EpisodeMeta;
  audioUrl: string;
  peaks: Peaks | null;
}

async function fetchText(url: string, label: string, fetchImpl: typeof fetch): Promise<string> {
  let response: Response;
  try {
    response = await fetchImpl(url);
  } catch {
    throw new Error(`Could not download ${label}: the network request failed.`);
  }
  if (!response.ok) {
    throw new Error(
      `Could not download ${label}: the server answered ${response.status} ${response.statusText}.`.replace(
        ' .',
        '.',
      ),
    );
  }
  return response.text();
}

async function fetchJson(url: string, label: string, fetchImpl: typeof fetch): Promise<unknown> {
  const text = await fetchText(url, label, fetchImpl);
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new EpisodeFileError(
      label,
      `not valid JSON (${error instanceof Error ? error.message : 'parse error'}).`,
    );
  }
}

const messageOf = (error: unknown): string =>
  error instanceof Error ? error.message : String(error);

/**
 * Loads the episode at `folderUrl`. The transcript and the peaks load side by side, and each
 * failure becomes its own message naming the file: what did load keeps working.
 */
export async function loadEpisode(
  folderUrl: string,
  store = useTandem,
  fetchImpl: typeof fetch = (...args) => fetch(...args),
): Promise<LoadedEpisode | null> {
  const { addError, setEpisode, setTranscript } = store.getState();
  const metaUrl = new URL('episode.json', new URL(folderUrl, window.location.href));
  let meta: EpisodeMeta;
  try {
    meta = readEpisodeMeta(
      await fetchJson(metaUrl.href, 'episode.json', fetchImpl),
      'episode.json',
    );
  } catch (error) {
    addError(messageOf(error));
    return null;
  }
  setEpisode(meta);

  // The parsers are a chunk of their own, loaded beside the transcript: not in the first bundle.
  const parsers = import('../core/formats/detect');
  const peaksLoad = meta.peaks
    ? fetchJson(new URL(meta.peaks, metaUrl).href, meta.peaks, fetchImpl)
        .then((data) => readPeaks(data, meta.peaks as string))
        .catch((error: unknown) => {
          addError(`${messageOf(error)} The waveform is drawn flat; playback still works.`);
          return null;
        })
    : Promise.resolve(null);
  const transcriptLoad = fetchText(
    new URL(meta.transcript, metaUrl).href,
    meta.transcript,
    fetchImpl,
  )
    .then(async (text) => (await parsers).parseTranscript(text).transcript)
    .catch((error: unknown) => {
      addError(
        error instanceof TranscriptParseError
          ? `Could not read the transcript ${meta.transcript}: line ${error.line}, column ${error.column}: ${error.detail}`
          : messageOf(error),
      );
      return null;
    });
  const [transcript, peaks] = await Promise.all([transcriptLoad, peaksLoad]);
  // The last line lasts until the audio ends.
  if (transcript)
    setTranscript({ ...transcript, cues: closeCueEnds(transcript.cues, peaks?.duration) });
  return { meta, audioUrl: new URL(meta.audio, metaUrl).href, peaks };
}
