/**
 * One episode's player, wired to everything it serves: the store (time → current line), the
 * listener's settings, the start position and resume, the system media controls, the theme, and
 * the waveform (precomputed peaks, else computed from the audio, else drawn from the transcript).
 * Everything registers with one scope; the session's single disposer stops it all.
 */
import { createScope, type Scope } from '../core/scope';
import { describeNoWaveform } from './describe';
import { peaksFromTranscript } from '../core/transcript-peaks';
import { createPlayer, type CreateWaveform, type Player } from '../media/player';
import { readThemeColors, subscribeToThemeChanges } from '../media/waveform-colors';
import type { LoadedEpisode } from './load-episode';
import { useSettings, type Settings } from './settings';
import { startEpisodeAt } from './start-position';
import { appStorage } from './storage';
import { useTandem } from './store';
import { connectPlayer } from './sync';
import { whenQuiet } from './when-quiet';

const ARTWORK_URL = `${import.meta.env.BASE_URL}artwork-512.png`;

export interface PlayerSessionOptions {
  media: HTMLMediaElement;
  /** Where the waveform is drawn. */
  container: HTMLElement;
  episode: LoadedEpisode & { audioUrl: string };
  /** Injectable for tests; wavesurfer.js by default. */
  createWaveform?: CreateWaveform;
}

function applySettings(player: Player, settings: Settings): void {
  player.setRate(settings.rate);
  player.setVolume(settings.volume);
  player.setMuted(settings.isMuted);
}

/** Starts the player session for an episode; returns the one function that ends it. */
export function startPlayerSession(
  { media, container, episode, createWaveform }: PlayerSessionOptions,
  store = useTandem,
): () => void {
  const scope = createScope();
  const { meta, audioUrl, peaks } = episode;
  const player = createPlayer({
    media,
    container,
    url: audioUrl,
    // Without peaks, draw a flat line rather than download and decode the whole file.
    peaks: peaks?.peaks ?? [[0, 0]],
    duration: peaks?.duration ?? 0,
    fileLabel: meta.audio,
    colors: readThemeColors(container),
    ...(createWaveform ? { createWaveform } : {}),
  });
  scope.add(() => player.destroy());
  applySettings(player, useSettings.getState());
  scope.add(useSettings.subscribe((settings) => applySettings(player, settings)));
  scope.add(connectPlayer(player, store));
  scope.add(startEpisodeAt(player, meta.id, window.location, appStorage, store));
  scope.add(subscribeToThemeChanges(() => player.setColors(readThemeColors(container))));
  connectSystemControls(player, media, episode, scope, store);
  if (!peaks) drawWithoutPeaks(player, episode, scope, store);
  offerOffsetSuggestion(audioUrl, scope, store);
  return () => scope.dispose();
}

/** A suggestion this close to the offset in use is not worth offering. */
const SUGGESTION_MIN_CHANGE = 0.5;
/**
 * Startup and the listener first: the suggestion waits this long after the whole transcript is
 * in, and as long without input (a scroll, a key) from the listener.
 */
const SUGGESTION_DELAY_MS = 1500;

/**
 * Once the whole transcript is in and no waveform is being computed, reads the audio's first
 * minutes off the main thread and, when the transcript's lines fit it best at another offset,
 * offers that offset. Audio whose bytes cannot be read offers nothing (the waveform note already
 * says why those bytes are out of reach).
 */
function offerOffsetSuggestion(audioUrl: string, scope: Scope, store: typeof useTandem): void {
  let hasStarted = false;
  const start = (): void => {
    const { baseTranscript, transcriptLoad, waveform } = store.getState();
    if (hasStarted || !baseTranscript || transcriptLoad !== null || waveform.progress !== null) {
      return;
    }
    hasStarted = true;
    const cancel = whenQuiet(() => {
      void import('../media/peaks').then(({ suggestOffsetFromAudio }) => {
        if (scope.isDisposed) return;
        const job = suggestOffsetFromAudio(audioUrl, baseTranscript.cues);
        const { setOffsetCheck } = store.getState();
        setOffsetCheck('running');
        scope.add(() => {
          job.cancel();
          if (store.getState().offsetCheck === 'running') setOffsetCheck(null);
        });
        void job.result.then((estimate) => {
          if (scope.isDisposed) return;
          const { transcriptOffset, setOffsetSuggestion } = store.getState();
          if (estimate === 'unreadable') return setOffsetCheck(null);
          if (!estimate) return setOffsetCheck('unclear');
          const suggested = Math.round(estimate.offset * 10) / 10;
          const isNew = Math.abs(estimate.offset - transcriptOffset) >= SUGGESTION_MIN_CHANGE;
          if (isNew) setOffsetSuggestion(suggested);
          setOffsetCheck(isNew ? null : 'fits');
        });
      });
    }, SUGGESTION_DELAY_MS);
    scope.add(cancel);
  };
  start();
  scope.add(store.subscribe(start));
}

/** Previous/next "track": a chapter when the episode has chapters, else a line. */
function stepTrack(store: typeof useTandem, direction: -1 | 1): void {
  const state = store.getState();
  if (state.chapters.some((chapter) => !chapter.isHidden)) state.stepChapter(direction);
  else state.stepLine(direction);
}

/** The system's media controls; not needed for the first paint, so a chunk of its own. */
function connectSystemControls(
  player: Player,
  media: HTMLMediaElement,
  { meta }: LoadedEpisode,
  scope: Scope,
  store: typeof useTandem,
): void {
  void import('../media/media-session').then(({ connectMediaSession, setMediaSessionInfo }) => {
    if (scope.isDisposed) return;
    // The title can come later, from inside the transcript.
    const info = () => ({
      title: store.getState().episode?.title ?? meta.title,
      show: meta.show,
      artworkUrl:
        store.getState().episode?.image ?? new URL(ARTWORK_URL, window.location.href).href,
    });
    scope.add(
      // The system's previous/next track buttons move by chapter where there are chapters.
      connectMediaSession(player, media, info(), {
        previousTrack: () => stepTrack(store, -1),
        nextTrack: () => stepTrack(store, 1),
      }),
    );
    scope.add(
      store.subscribe((state, previous) => {
        if (state.episode?.title !== previous.episode?.title) setMediaSessionInfo(info());
      }),
    );
  });
}

/**
 * Audio without precomputed peaks: computes them off the main thread from the audio's bytes.
 * Where those cannot be read (another site without CORS, a server that does not answer in time),
 * says why in plain words and draws the seek bar from the transcript instead.
 */
function drawWithoutPeaks(
  player: Player,
  { meta, audioUrl }: LoadedEpisode & { audioUrl: string },
  scope: Scope,
  store: typeof useTandem,
): void {
  const { setWaveformStatus } = store.getState();
  setWaveformStatus({ progress: 0, note: null });
  scope.add(() => setWaveformStatus({ progress: null, note: null }));
  void import('../media/peaks').then(({ computePeaks, WaveformUnavailable }) => {
    if (scope.isDisposed) return;
    const job = computePeaks(audioUrl, `peaks:${meta.id}`, (progress) => {
      if (!scope.isDisposed) setWaveformStatus({ progress, note: null });
    });
    scope.add(() => job.cancel());
    job.result.then(
      (computed) => {
        if (scope.isDisposed) return;
        player.setPeaks(computed.peaks, computed.duration);
        setWaveformStatus({ progress: null, note: null });
      },
      (error: unknown) => {
        if (scope.isDisposed || !(error instanceof WaveformUnavailable)) return;
        const isCrossSite =
          new URL(audioUrl, window.location.href).origin !== window.location.origin;
        const describe = (): string =>
          describeNoWaveform(meta.audio, error.problem, {
            isCrossSite,
            hasTranscript: (store.getState().transcript?.cues.length ?? 0) > 0,
          });
        setWaveformStatus({ progress: null, note: describe() });
        scope.add(drawFromTranscript(player, store, () => setWaveformStatus({ note: describe() })));
      },
    );
  });
}

/**
 * Draws the seek bar from the transcript once both it and the audio's length are known, and again
 * when either changes (the whole transcript after its first lines). Returns the disconnect.
 */
function drawFromTranscript(
  player: Player,
  store: typeof useTandem,
  onDrawn: () => void,
): () => void {
  let drawn: { cues: unknown; duration: number } | null = null;
  const draw = (): void => {
    const { transcript, playback } = store.getState();
    const cues = transcript?.cues;
    const duration = playback.duration;
    if (!cues || cues.length === 0 || !(duration > 0) || !Number.isFinite(duration)) return;
    if (drawn?.cues === cues && drawn.duration === duration) return;
    drawn = { cues, duration };
    player.setPeaks([peaksFromTranscript(cues, duration)], duration);
    onDrawn();
  };
  draw();
  return store.subscribe((state, previous) => {
    if (state.transcript !== previous.transcript || state.playback !== previous.playback) draw();
  });
}
