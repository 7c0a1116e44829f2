/**
 * The operating system's media controls (lock screen, headset keys, notification): what is
 * playing, the buttons, and the position. Only where the browser has the Media Session API.
 */
import type { Player } from './player';

export interface MediaSessionInfo {
  title: string;
  show: string;
  artworkUrl: string;
}

export interface MediaSessionActions {
  /** A chapter back where there are chapters, else a line. */
  previousTrack(): void;
  nextTrack(): void;
}

const DEFAULT_SKIP_SECONDS = 10;

const defaultSession = (): MediaSession | undefined =>
  typeof navigator === 'undefined' ? undefined : navigator.mediaSession;

/** Tells the system what is playing (again, when the title becomes known later). */
export function setMediaSessionInfo(
  info: MediaSessionInfo,
  session: MediaSession | undefined = defaultSession(),
): void {
  if (!session) return;
  session.metadata = new MediaMetadata({
    title: info.title,
    artist: info.show,
    album: info.show,
    artwork: [{ src: info.artworkUrl, sizes: '512x512', type: 'image/png' }],
  });
}

/** Connects the player to navigator.mediaSession; returns the disconnect. */
export function connectMediaSession(
  player: Player,
  media: HTMLMediaElement,
  info: MediaSessionInfo,
  actions: MediaSessionActions,
  session: MediaSession | undefined = defaultSession(),
): () => void {
  if (!session) return () => undefined;
  setMediaSessionInfo(info, session);

  const handlers: Array<[MediaSessionAction, MediaSessionActionHandler]> = [
    ['play', () => void player.play()],
    ['pause', () => player.pause()],
    ['seekbackward', (details) => player.skip(-(details.seekOffset ?? DEFAULT_SKIP_SECONDS))],
    ['seekforward', (details) => player.skip(details.seekOffset ?? DEFAULT_SKIP_SECONDS)],
    ['seekto', (details) => details.seekTime !== undefined && player.seek(details.seekTime)],
    ['previoustrack', () => actions.previousTrack()],
    ['nexttrack', () => actions.nextTrack()],
  ];
  for (const [action, handler] of handlers) {
    try {
      session.setActionHandler(action, handler);
    } catch {
      // Browsers throw for actions they do not support; the others still work.
    }
  }

  const updatePosition = (): void => {
    const duration = player.getState().duration;
    // setPositionState throws on a zero rate, a bad duration or a position past the end.
    if (!(duration > 0) || !(media.playbackRate > 0)) return;
    try {
      session.setPositionState({
        duration,
        playbackRate: media.playbackRate,
        position: Math.min(duration, Math.max(0, player.currentTime())),
      });
    } catch {
      // A browser that still refuses the numbers keeps its own idea of the position.
    }
  };
  const updatePlaybackState = (): void => {
    session.playbackState = player.getState().isPlaying ? 'playing' : 'paused';
    updatePosition();
  };
  // The OS extrapolates the position from rate and time: update it on changes, not per frame.
  const events = ['seeked', 'ratechange', 'durationchange', 'loadedmetadata'];
  events.forEach((event) => media.addEventListener(event, updatePosition));
  const offState = player.onState(updatePlaybackState);
  updatePlaybackState();

  return () => {
    events.forEach((event) => media.removeEventListener(event, updatePosition));
    offState();
    for (const [action] of handlers) {
      try {
        session.setActionHandler(action, null);
      } catch {
        // unsupported action: nothing was set
      }
    }
    session.metadata = null;
  };
}
