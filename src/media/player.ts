/**
 * The one owner of the <audio> element and wavesurfer.js. Everything else asks this module to
 * play, pause or seek, and listens to what it reports; nothing else touches the media.
 */
import type { WaveSurferOptions } from 'wavesurfer.js';
import { messageOf } from '../core/messages';
import { createNetworkRecovery } from './network-recovery';
import { FALLBACK_WAVE_COLORS, type WaveColors } from './waveform-colors';
import { createClock, type TimeListenerOptions } from './clock';
import { t } from '../i18n/i18n';

/** Playback state as the rest of the app sees it. */
export interface PlaybackState {
  isPlaying: boolean;
  /** The media can start playing (metadata and some data loaded). */
  canPlay: boolean;
  duration: number;
  /** A media error the user must see, or null. */
  error: string | null;
  /** The waveform has been drawn once. */
  isWaveformDrawn: boolean;
  /**
   * Playback is held up by the network (data stopped coming, or the connection dropped): it
   * goes on by itself when data comes back, from where it was.
   */
  isWaitingForNetwork: boolean;
  /** Played to the end (until the next play or seek). */
  hasEnded: boolean;
}

/** The part of wavesurfer we rely on: small enough to fake in unit tests. */
export interface Waveform {
  on(event: 'redrawcomplete', listener: () => void): () => void;
  /** A click or drag on the waveform asks for this time. */
  on(event: 'interaction', listener: (time: number) => void): () => void;
  /** Moves the drawn progress and cursor (the waveform's own stand-in media, not the audio). */
  setTime(time: number): void;
  /**
   * Draws new peaks. (setOptions({ peaks }) does not redraw in wavesurfer 8: its renderer keeps
   * the data of the last load. A load of the same address keeps the media as it is.)
   */
  load(url: string, peaks: Array<number[] | Float32Array>, duration: number): Promise<void>;
  setOptions(options: Partial<WaveSurferOptions>): void;
  destroy(): void;
}

/** Creates the waveform view; injectable so tests can pass a fake. */
export type CreateWaveform = (options: WaveSurferOptions) => Waveform | Promise<Waveform>;

/** wavesurfer.js is not needed for the first paint: it loads as a chunk of its own. */
const createWaveSurfer: CreateWaveform = async (options) => {
  const { default: WaveSurfer } = await import('wavesurfer.js');
  return WaveSurfer.create(options);
};

export interface PlayerOptions {
  media: HTMLMediaElement;
  container: HTMLElement;
  url: string;
  /** Precomputed min/max peaks, one array per channel: the audio is then never fetched whole. */
  peaks: Array<number[] | Float32Array>;
  duration: number;
  /** Name of the audio file for error messages. */
  fileLabel: string;
  colors?: WaveColors;
  createWaveform?: CreateWaveform;
  requestFrame?: (callback: (timestamp?: number) => void) => number;
  cancelFrame?: (handle: number) => void;
  /** Timers for reconnecting; injectable for tests. */
  setTimer?: (callback: () => void, delayMs: number) => number;
  clearTimer?: (handle: number) => void;
  /** How the clock sleeps until the next change is due; injectable for tests. */
  sleep?: (callback: () => void, delayMs: number) => number;
  cancelSleep?: (handle: number) => void;
  /** Whether the page is hidden (a background tab, a locked phone); injectable for tests. */
  isHidden?: () => boolean;
}

export type { NextChange, TimeListenerOptions } from './clock';

export interface Player {
  play(): Promise<void>;
  pause(): void;
  togglePlay(): Promise<void>;
  /** Seeks to a time in seconds, clamped to the audio. */
  seek(time: number): void;
  /** Seeks by a relative amount of seconds. */
  skip(delta: number): void;
  currentTime(): number;
  /**
   * How much media time to look ahead when choosing what to show: a frame while playing. What a
   * frame's callback changes reaches the screen with the next frame, so a line then appears
   * within a frame after it starts to be heard, never before (looking at the time alone, it
   * would appear one to two frames after).
   */
  displayLead(): number;
  /** Playback speed; the pitch is kept. */
  setRate(rate: number): void;
  setVolume(volume: number): void;
  setMuted(isMuted: boolean): void;
  getState(): PlaybackState;
  /**
   * Called with the current time after every seek and, while playing and visible, in the frame
   * nearest to each `nextChange` (every frame when none is given).
   */
  onTime(listener: (time: number) => void, options?: TimeListenerOptions): () => void;
  onState(listener: (state: PlaybackState) => void): () => void;
  /** Draws the waveform from peaks that arrived after the player was created. */
  setPeaks(peaks: Array<number[] | Float32Array>, duration: number): void;
  /** Restyles the waveform (theme change). */
  setColors(colors: WaveColors): void;
  /** Removes every listener and the waveform; leaves the <audio> element in place. */
  destroy(): void;
}

const MEDIA_ERR_NETWORK = 2;

/** The media element's error codes (MediaError.code), as messages. */
const MEDIA_ERRORS: Record<number, string> = {
  1: 'error.media.aborted',
  2: 'error.media.network',
  3: 'error.media.decode',
  4: 'error.media.unsupported',
};

/** Creates the player on an existing <audio> element and draws the waveform from peaks. */
export function createPlayer(options: PlayerOptions): Player {
  const {
    media,
    createWaveform = createWaveSurfer,
    requestFrame = (cb) => window.requestAnimationFrame(cb),
    cancelFrame = (h) => window.cancelAnimationFrame(h),
    setTimer = (cb, ms) => window.setTimeout(cb, ms),
    clearTimer = (h) => window.clearTimeout(h),
    sleep = (cb, ms) => window.setTimeout(cb, ms),
    cancelSleep = (h) => window.clearTimeout(h),
    isHidden = () => document.hidden,
  } = options;
  const stateListeners = new Set<(state: PlaybackState) => void>();
  const cleanups: Array<() => void> = [];
  let state: PlaybackState = {
    isPlaying: false,
    canPlay: false,
    duration: options.duration,
    error: null,
    isWaveformDrawn: false,
    isWaitingForNetwork: false,
    hasEnded: false,
  };

  const setState = (patch: Partial<PlaybackState>): void => {
    const next = { ...state, ...patch };
    if ((Object.keys(patch) as Array<keyof PlaybackState>).every((k) => next[k] === state[k])) {
      return;
    }
    state = next;
    stateListeners.forEach((listener) => listener(state));
  };
  const network = createNetworkRecovery(media, { setTimer, clearTimer }, (isWaiting) =>
    setState({ isWaitingForNetwork: isWaiting }),
  );
  cleanups.push(() => network.dispose());
  const isReconnecting = (): boolean => network.heldTime() !== undefined;
  const currentTime = (): number => network.heldTime() ?? media.currentTime;
  const clock = createClock({
    currentTime,
    rate: () => media.playbackRate,
    requestFrame,
    cancelFrame,
    sleep,
    cancelSleep,
  });
  const emitTime = (): void => clock.emit();
  const stopClock = (): void => clock.stop();
  /** Runs the clock while playing in a visible page; otherwise stops it. Emits once either way. */
  const restartClock = (): void => {
    if (!media.paused && !isHidden() && state.isPlaying) return clock.run();
    clock.stop();
    clock.emit();
  };

  const listen = (event: string, handler: () => void): void => {
    media.addEventListener(event, handler);
    cleanups.push(() => media.removeEventListener(event, handler));
  };
  listen('play', () => setState({ isPlaying: true, hasEnded: false }));
  listen('seeking', () => setState({ hasEnded: false }));
  listen('playing', () => {
    network.onFlowing();
    setState({ isPlaying: true, error: null });
    restartClock();
  });
  // Data stopped coming while playing: a calm word, not an error; the browser keeps trying.
  listen('waiting', () => network.onWaiting());
  listen('pause', () => {
    stopClock();
    // A reload while reconnecting pauses the element; that is not the listener's pause.
    if (isReconnecting()) return;
    network.onFlowing();
    setState({ isPlaying: false });
    emitTime();
  });
  listen('ended', () => {
    stopClock();
    setState({ isPlaying: false, hasEnded: true });
    emitTime();
  });
  // A seek, or a new speed, changes when everything next changes.
  listen('seeked', () => (clock.isRunning() ? restartClock() : emitTime()));
  listen('ratechange', () => {
    if (clock.isRunning()) restartClock();
  });
  listen('timeupdate', () => {
    // Hidden: nothing on screen to change, but a range still stops at its end.
    if (isHidden()) clock.emitWhileHidden();
    // Not running (paused, or before the first frame), a time set from outside still shows.
    else if (!clock.isRunning()) emitTime();
  });
  const onVisibility = (): void => {
    if (isHidden()) stopClock();
    else if (state.isPlaying) restartClock();
  };
  document.addEventListener('visibilitychange', onVisibility);
  cleanups.push(() => document.removeEventListener('visibilitychange', onVisibility));
  const onReady = (): void => {
    const duration =
      Number.isFinite(media.duration) && media.duration > 0 ? media.duration : state.duration;
    setState({ canPlay: true, duration, error: null });
    // The flat line drawn without peaks now spans the audio's real length.
    if (!hasOwnPeaks && waveform && duration > 0 && Number.isFinite(duration)) {
      hasOwnPeaks = true;
      void drawPeaks(waveform, options.peaks, duration);
    }
    // Back after a dropped connection: where it was, playing if it was (or was asked to).
    const back = network.onBack();
    if (!back) return;
    media.currentTime = back.time;
    if (back.wantsPlay) void media.play().catch(() => setState({ isPlaying: false }));
  };
  listen('loadedmetadata', onReady);
  listen('canplay', onReady);
  listen('error', () => {
    const code = media.error?.code ?? 0;
    // The connection dropped after the audio had started loading: keep the place and reconnect.
    if (code === MEDIA_ERR_NETWORK && (state.canPlay || isReconnecting())) {
      stopClock();
      network.onDropped(media.currentTime, state.isPlaying);
      return;
    }
    stopClock();
    setState({
      canPlay: false,
      isPlaying: false,
      error: t('error.media.play', {
        file: options.fileLabel,
        why: t(MEDIA_ERRORS[code] ?? 'error.media.unknown'),
      }),
    });
  });

  // The audio can load while the waveform code does; wavesurfer keeps a src that is already set.
  media.src = options.url;
  // Given peaks and a duration, wavesurfer never downloads or decodes the whole file to draw it.
  let waveform: Waveform | null = null;
  let pendingOptions: Partial<WaveSurferOptions> = {};
  let pendingPeaks: { peaks: Array<number[] | Float32Array>; duration: number } | null = null;
  let isDestroyed = false;
  // The waveform's progress is drawn only when the cursor moves to another pixel.
  let shownPixel = -1;
  // Read once, and again on each redraw (wavesurfer redraws on a resize): never on the clock's path.
  let widthPx = options.container.clientWidth;
  const pixelOf = (time: number): number => {
    const duration = state.duration;
    return duration > 0 && Number.isFinite(duration) ? Math.floor((time / duration) * widthPx) : -1;
  };
  const drawProgress = (time: number): void => {
    const pixel = pixelOf(time);
    if (!waveform || pixel === shownPixel) return;
    shownPixel = pixel;
    waveform.setTime(time);
  };
  clock.add(drawProgress, {
    nextChange: (time) => {
      const pixel = pixelOf(time);
      return pixel < 0 || widthPx === 0
        ? Number.POSITIVE_INFINITY
        : ((pixel + 1) / widthPx) * state.duration;
    },
  });
  const setWaveformOptions = (patch: Partial<WaveSurferOptions>): void => {
    if (waveform) waveform.setOptions(patch);
    else pendingOptions = { ...pendingOptions, ...patch };
  };
  // Without peaks the waveform starts as a flat line over a placeholder second, redrawn over the
  // audio's real length once the media knows it. Clicks are scaled from the length drawn.
  let hasOwnPeaks = options.duration > 0;
  let drawnDuration = hasOwnPeaks ? options.duration : 1;
  const drawPeaks = (view: Waveform, peaks: Array<number[] | Float32Array>, duration: number) => {
    drawnDuration = duration;
    // A newer load supersedes this one, and wavesurfer rejects the older: that is not an error.
    return view.load('', peaks, duration).catch(() => undefined);
  };
  // wavesurfer draws onto a stand-in media element that never loads anything: bound to the real
  // one, it repaints its progress every frame while playing (a style and layout each frame, for a
  // cursor that moves a pixel every few seconds). The clock moves it, a pixel at a time.
  const created = createWaveform({
    container: options.container,
    media: document.createElement('audio'),
    peaks: options.peaks,
    duration: drawnDuration,
    height: 'auto',
    waveColor: (options.colors ?? FALLBACK_WAVE_COLORS).wave,
    progressColor: (options.colors ?? FALLBACK_WAVE_COLORS).progress,
    cursorColor: (options.colors ?? FALLBACK_WAVE_COLORS).cursor,
    cursorWidth: 2,
    barWidth: 2,
    barGap: 1,
    barRadius: 1,
    dragToSeek: true,
    normalize: true,
  });
  const attach = (view: Waveform): void => {
    if (isDestroyed) return view.destroy();
    waveform = view;
    cleanups.push(
      view.on('redrawcomplete', () => {
        setState({ isWaveformDrawn: true });
        // A redraw (a resize, new peaks) draws the progress afresh.
        widthPx = options.container.clientWidth;
        shownPixel = -1;
        drawProgress(currentTime());
      }),
    );
    // A click or drag on the waveform seeks the audio.
    cleanups.push(
      view.on('interaction', (time) =>
        seek(state.duration > 0 ? (time / drawnDuration) * state.duration : time),
      ),
    );
    if (pendingPeaks) void drawPeaks(view, pendingPeaks.peaks, pendingPeaks.duration);
    cleanups.push(() => view.destroy());
    if (Object.keys(pendingOptions).length > 0) view.setOptions(pendingOptions);
  };
  if (created instanceof Promise) {
    created.then(attach, (error: unknown) => {
      setState({
        error: t('error.media.draw', { detail: messageOf(error) }),
      });
    });
  } else {
    attach(created);
  }

  const clamp = (time: number): number => {
    const end = state.duration > 0 ? state.duration : Number.POSITIVE_INFINITY;
    return Math.min(Math.max(0, time), end);
  };
  const seek = (time: number): void => {
    if (!Number.isFinite(time)) return;
    if (isReconnecting()) network.hold({ time: clamp(time) });
    else media.currentTime = clamp(time);
    emitTime();
  };
  /** While reconnecting: whether to play once the audio is back. */
  const setWanted = (isPlaying: boolean): void => {
    network.hold({ wantsPlay: isPlaying });
    setState({ isPlaying });
  };
  const play = async (): Promise<void> => {
    if (isReconnecting()) return setWanted(true);
    try {
      await media.play();
    } catch (error) {
      // An aborted play (a pause or seek came first) is normal; anything else is shown.
      if (error instanceof DOMException && error.name === 'AbortError') return;
      setState({
        isPlaying: false,
        error: t('error.media.start', { file: options.fileLabel, why: describePlayError(error) }),
      });
    }
  };

  return {
    play,
    pause: () => {
      // While reconnecting, the request is kept for when the audio is back.
      if (isReconnecting()) setWanted(false);
      else media.pause();
    },
    togglePlay: () => {
      if (isReconnecting()) return Promise.resolve(setWanted(!network.wantsPlay()));
      return media.paused ? play() : Promise.resolve(media.pause());
    },
    seek,
    skip: (delta) => seek(currentTime() + delta),
    currentTime,
    displayLead: () =>
      clock.isRunning() && !media.paused ? clock.frameSeconds() * media.playbackRate : 0,
    setRate(rate) {
      media.preservesPitch = true;
      // Loading a source resets playbackRate to defaultPlaybackRate: set both.
      media.defaultPlaybackRate = rate;
      media.playbackRate = rate;
    },
    setVolume(volume) {
      media.volume = volume;
    },
    setMuted(isMuted) {
      media.muted = isMuted;
    },
    getState: () => state,
    onTime: (listener, listenerOptions) => clock.add(listener, listenerOptions),
    onState(listener) {
      stateListeners.add(listener);
      return () => stateListeners.delete(listener);
    },
    setPeaks(peaks, duration) {
      hasOwnPeaks = true;
      if (waveform) void drawPeaks(waveform, peaks, duration);
      else pendingPeaks = { peaks, duration };
    },
    setColors(colors) {
      setWaveformOptions({
        waveColor: colors.wave,
        progressColor: colors.progress,
        cursorColor: colors.cursor,
      });
    },
    destroy() {
      isDestroyed = true;
      stopClock();
      cleanups.forEach((cleanup) => cleanup());
      cleanups.length = 0;
      clock.clear();
      stateListeners.clear();
    },
  };
}

/** Words for a rejected media.play(). */
function describePlayError(error: unknown): string {
  if (error instanceof DOMException && error.name === 'NotAllowedError') {
    return t('error.media.blocked');
  }
  if (error instanceof DOMException || error instanceof Error) return error.message;
  return String(error);
}
