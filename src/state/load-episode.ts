/**
 * Loads an episode into the store, from a folder, addresses or local files, in these steps:
 *
 * 1. find its parts (the metadata now; the transcript and the peaks on their way);
 * 2. show the episode's metadata;
 * 3. when the peaks are in (or known to be missing), hand the player what it needs to play;
 * 4. meanwhile read the transcript as it downloads: its first lines, then the whole of it;
 * 5. once both the transcript and the audio's length are known, end the last lines there;
 * 6. the chapters: from the file the episode names (or its feed), else from the MP3's ID3 tag.
 *
 * Each file that fails gets its own message naming it, and what did load keeps working: a
 * transcript without audio can be read, audio without a transcript can be played. A load that is
 * abandoned (another episode was opened) puts nothing more in the store.
 */
import type { Chapter } from '../core/chapters/chapter';
import type { EpisodeMeta, Peaks } from '../core/episode';
import { TranscriptParseError } from '../core/formats/parse-error';
import { messageOf } from '../core/messages';
import { describeUnreadableTranscript } from './describe';
import type { SearchIndex } from '../core/search';
import { closeCueEnds, type Transcript } from '../core/transcript';
import {
  findEpisodeParts,
  hasTranscript,
  type EpisodeParts,
  type Fetch,
  type TranscriptDownload,
} from './episode-parts';
import type { EpisodeSource } from './episode-source';
import { parseTranscriptStream, readTranscriptAt, startTranscriptWorker } from './read-transcript';
import { pageFetch, relayAddress } from './remote';
import { useTandem } from './store';
import { t } from '../i18n/i18n';

/** What a loaded episode needs to play: its metadata, its audio (if any), and its peaks. */
export interface LoadedEpisode {
  meta: EpisodeMeta;
  audioUrl: string | null;
  peaks: Peaks | null;
}

export interface LoadOptions {
  store?: typeof useTandem;
  fetchImpl?: Fetch;
  /** Abandons the load (another episode was opened): nothing more reaches the store. */
  signal?: AbortSignal;
  /** Called as soon as the audio and its peaks are known, before a long transcript is read. */
  onPlayable?: (loaded: LoadedEpisode) => void;
  /** The episode's parts, asked for already (the page's first episode, before it renders). */
  parts?: Promise<EpisodeParts>;
}

/**
 * Starts loading the code an episode needs before its files answer: the player's, and the
 * transcript's readers (the worker for a long file, the parsers here for an ordinary one). The
 * page calls this before its first render, so they arrive while it renders; loading an episode
 * calls it again (modules load once; a spare worker is started once).
 */
export function prepareToLoad(source: EpisodeSource): void {
  void loadPlayerSession();
  if (!hasTranscript(source)) return;
  startTranscriptWorker();
  void import('../core/formats/reader');
}

/** The player's code: a chunk of its own, asked for as soon as an episode is. */
export const loadPlayerSession = (): Promise<typeof import('./player-session')> =>
  import('./player-session');

/** One load of an episode into the store, as the page holds it. */
export interface EpisodeLoad {
  /** The episode loaded, or null when nothing at all could be loaded. */
  done: Promise<LoadedEpisode | null>;
  /** Aborted when the load is abandoned (another episode was opened). */
  signal: AbortSignal;
  /** Calls back once the audio and its peaks are known: at once if they are already. */
  whenPlayable(callback: (loaded: LoadedEpisode) => void): void;
  abort(): void;
}

/**
 * Starts loading an episode into the store. Nothing is written before `ready` settles (the page's
 * language, so that what goes wrong is said in it); `parts`, when given, were asked for already.
 */
export function beginLoad(
  source: EpisodeSource,
  {
    ready = Promise.resolve(),
    parts,
  }: { ready?: Promise<unknown>; parts?: Promise<EpisodeParts> } = {},
): EpisodeLoad {
  const controller = new AbortController();
  const { signal } = controller;
  let playable: LoadedEpisode | null = null;
  const waiting: ((loaded: LoadedEpisode) => void)[] = [];
  const onPlayable = (loaded: LoadedEpisode): void => {
    playable = loaded;
    waiting.splice(0).forEach((callback) => callback(loaded));
  };
  const done = ready
    .catch(() => undefined)
    .then(() =>
      signal.aborted
        ? null
        : loadEpisode(source, { signal, onPlayable, ...(parts ? { parts } : {}) }),
    );
  return {
    done,
    signal,
    whenPlayable(callback) {
      if (signal.aborted) return;
      if (playable) callback(playable);
      else waiting.push(callback);
    },
    abort: () => controller.abort(),
  };
}

/** The load of the episode the page opens with, begun before the page's code renders. */
let started: { source: EpisodeSource; load: EpisodeLoad } | null = null;

/**
 * Begins loading the episode the page opens with, before anything renders: its files download
 * while the page's code loads, and its first lines can be shown before that code runs. The page
 * takes the load over (`takeStartedLoad`). Returns when the load ends.
 */
export function startLoading(
  source: EpisodeSource,
  ready?: Promise<unknown>,
): Promise<LoadedEpisode | null> {
  // A show's list of episodes is not an episode: the list loads its feed itself.
  if (source.kind === 'feed' && source.episodeId === undefined) return Promise.resolve(null);
  // The code and the files are asked for now; what is read goes to the store once `ready` is in.
  prepareToLoad(source);
  const parts = findEpisodeParts(source, pageFetch);
  // A failure is reported by the load, once the page's language is in.
  parts.catch(() => undefined);
  const load = beginLoad(source, { ...(ready ? { ready } : {}), parts });
  started = { source, load };
  return load.done;
}

/** The load begun for this very source, once; null for any other. */
export function takeStartedLoad(source: EpisodeSource): EpisodeLoad | null {
  if (started?.source !== source) return null;
  const { load } = started;
  started = null;
  return load;
}

/** Loads an episode from any source into the store; null when nothing at all could be loaded. */
export async function loadEpisode(
  source: EpisodeSource,
  { store = useTandem, fetchImpl, signal, onPlayable, parts: askedFor }: LoadOptions = {},
): Promise<LoadedEpisode | null> {
  prepareToLoad(source);
  const fetchParts = fetchImpl ?? pageFetch;
  let parts: EpisodeParts;
  try {
    parts = await (askedFor ?? findEpisodeParts(source, fetchParts));
  } catch (error) {
    store.getState().addError(messageOf(error));
    return null;
  }
  const screen = createEpisodeScreen(parts, store, signal);
  screen.showMeta();
  const [transcript, peaks] = await Promise.all([
    readTranscriptOnto(screen, parts.transcript, signal),
    receivePeaks(screen, parts.peaks).then((peaks) => {
      if (screen.isCurrent()) onPlayable?.({ meta: parts.meta, audioUrl: parts.audioUrl, peaks });
      return peaks;
    }),
    readChaptersOnto(screen, parts),
  ]).then(async ([transcript, peaks, hasChapters]) => {
    if (!hasChapters) await readAudioChaptersOnto(screen, parts, fetchParts);
    return [transcript, peaks] as const;
  });
  return { meta: screen.metaWith(transcript), audioUrl: parts.audioUrl, peaks };
}

/**
 * What one load has put on screen, and the only way it writes to the store: a title read from the
 * transcript, the transcript (its first lines, then the whole), and the audio's length that ends
 * its last lines. Once the load is abandoned it writes nothing.
 */
function createEpisodeScreen(
  parts: EpisodeParts,
  store: typeof useTandem,
  signal: AbortSignal | undefined,
) {
  const isCurrent = (): boolean => !signal?.aborted;
  let shown: { transcript: Transcript; searchIndex?: SearchIndex } | null = null;
  let duration: number | undefined;

  /** The metadata, with the title a transcript gives when the known title is only a file name. */
  const metaWith = (transcript: Transcript | null): EpisodeMeta =>
    parts.isTitleGuessed && transcript?.title
      ? { ...parts.meta, title: transcript.title }
      : parts.meta;

  const put = (transcript: Transcript, searchIndex?: SearchIndex): void => {
    shown = searchIndex ? { transcript, searchIndex } : { transcript };
    store.getState().setTranscript(transcript, searchIndex);
  };

  return {
    isCurrent,
    metaWith,
    showMeta(): void {
      if (isCurrent()) store.getState().setEpisode(parts.meta, parts.files);
    },
    /** Shows a transcript (first lines or whole), its open last lines ended as far as known. */
    showTranscript(transcript: Transcript, searchIndex?: SearchIndex): void {
      if (!isCurrent()) return;
      const meta = metaWith(transcript);
      if (meta !== parts.meta) store.getState().setEpisode(meta);
      put({ ...transcript, cues: closeCueEnds(transcript.cues, duration) }, searchIndex);
    },
    /** The audio's length is known: the lines still open end there. */
    learnDuration(seconds: number): void {
      duration = seconds;
      if (!isCurrent() || !shown) return;
      const { transcript, searchIndex } = shown;
      const cues = closeCueEnds(transcript.cues, duration);
      if (cues.some((cue, i) => cue !== transcript.cues[i]))
        put({ ...transcript, cues }, searchIndex);
    },
    addError(message: string): void {
      if (isCurrent()) store.getState().addError(message);
    },
    showChapters(chapters: Chapter[]): void {
      if (isCurrent() && chapters.length > 0) store.getState().setChapters(chapters);
    },
    setProgress(load: { loaded: number; total: number } | null): void {
      if (isCurrent()) store.getState().setTranscriptLoad(load);
    },
  };
}

type EpisodeScreen = ReturnType<typeof createEpisodeScreen>;

/** Step 3: the peaks, or null (missing, or unusable and said so). */
async function receivePeaks(
  screen: EpisodeScreen,
  peaks: Promise<Peaks | null> | null,
): Promise<Peaks | null> {
  try {
    const received = await peaks;
    if (received) screen.learnDuration(received.duration);
    return received ?? null;
  } catch (error) {
    screen.addError(t('error.peaks.computedInstead', { problem: messageOf(error) }));
    return null;
  }
}

/**
 * Step 4: reads the transcript as it downloads, showing its first lines early and then the
 * whole; progress goes to the store. Returns it, or null when there is none or it is unreadable
 * (which is said, naming the file and the place).
 */
async function readTranscriptOnto(
  screen: EpisodeScreen,
  download: Promise<TranscriptDownload> | null,
  signal: AbortSignal | undefined,
): Promise<Transcript | null> {
  if (!download) return null;
  let label = 'the transcript';
  try {
    const file = await download;
    label = file.label;
    const reading = {
      label,
      onProgress: (loaded: number, total: number) => screen.setProgress({ loaded, total }),
      onPreview: (firstLines: Transcript) => screen.showTranscript(firstLines),
      ...(signal ? { signal } : {}),
    };
    screen.setProgress({ loaded: 0, total: file.kind === 'bytes' ? file.total : 0 });
    const { transcript, searchIndex } =
      file.kind === 'address'
        ? await readTranscriptAt(file.url, { ...reading, relay: relayAddress() })
        : await parseTranscriptStream(file.stream, { ...reading, total: file.total });
    screen.showTranscript(transcript, searchIndex);
    return transcript;
  } catch (error) {
    screen.addError(
      error instanceof TranscriptParseError
        ? describeUnreadableTranscript(label, error)
        : messageOf(error),
    );
    return null;
  } finally {
    screen.setProgress(null);
  }
}

/** "Skipped 2 chapters that could not be read: chapters[3] has no …" */
function describeSkippedChapters(skipped: {
  count: number;
  first: Array<{ detail: string }>;
}): string {
  return t('error.chapters.skipped', {
    count: skipped.count,
    details: skipped.first.map((s) => s.detail).join(' '),
  });
}

/** Step 6: the chapters the episode names (a file, or its feed's), each failure said. */
async function readChaptersOnto(screen: EpisodeScreen, parts: EpisodeParts): Promise<boolean> {
  if (!parts.chapters) return false;
  try {
    const { chapters, skipped, problem } = await parts.chapters;
    if (problem) screen.addError(problem);
    if (skipped) screen.addError(describeSkippedChapters(skipped));
    screen.showChapters(chapters);
    return chapters.length > 0;
  } catch (error) {
    screen.addError(messageOf(error));
    return false;
  }
}

/**
 * Where the episode names no chapters, those in the ID3 tag at the start of its MP3: read once the
 * rest has loaded, with two small Range requests (never the audio itself). A host that does not
 * let other sites read its bytes simply has none to offer here.
 */
async function readAudioChaptersOnto(
  screen: EpisodeScreen,
  parts: EpisodeParts,
  fetchImpl: NonNullable<LoadOptions['fetchImpl']>,
): Promise<void> {
  const audio = parts.audioFile ?? parts.audioUrl;
  if (!audio || !screen.isCurrent()) return;
  const { readAudioChapters } = await import('./chapters');
  screen.showChapters(await readAudioChapters(audio, fetchImpl).catch(() => []));
}
