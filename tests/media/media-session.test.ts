import { beforeAll, describe, expect, it, vi } from 'vitest';
import { connectMediaSession, setMediaSessionInfo } from '../../src/media/media-session';
import { createFakePlayer } from '../helpers/fake-media';

class FakeSession {
  metadata: unknown = null;
  playbackState = 'none';
  handlers = new Map<string, MediaSessionActionHandler | null>();
  positions: MediaPositionState[] = [];
  setActionHandler(action: string, handler: MediaSessionActionHandler | null): void {
    if (action === 'skipad') throw new Error('unsupported');
    this.handlers.set(action, handler);
  }
  setPositionState(state: MediaPositionState): void {
    if ((state.position ?? 0) > (state.duration ?? 0)) throw new TypeError('position past the end');
    this.positions.push(state);
  }
}

beforeAll(() => {
  // jsdom has no MediaMetadata: a plain record stands in.
  globalThis.MediaMetadata ??= class {
    constructor(init: MediaMetadataInit) {
      Object.assign(this, init);
    }
  } as unknown as typeof MediaMetadata;
});

describe('connectMediaSession', () => {
  function setup() {
    const { media, player } = createFakePlayer(100);
    const session = new FakeSession();
    const actions = { previousTrack: vi.fn(), nextTrack: vi.fn() };
    const disconnect = connectMediaSession(
      player,
      media.asMedia(),
      { title: 'Flask', show: 'Talk Python to Me', artworkUrl: 'https://x/art.png' },
      actions,
      session as unknown as MediaSession,
    );
    return { media, player, session, actions, disconnect };
  }

  it('takes a title that became known later', () => {
    const { session } = setup();
    const info = { title: 'My talk', show: 'cdn.example', artworkUrl: 'https://x/art.png' };
    setMediaSessionInfo(info, session as unknown as MediaSession);
    expect(session.metadata).toMatchObject({ title: 'My talk', artist: 'cdn.example' });
  });

  it('names the episode and show, with artwork', () => {
    const { session } = setup();
    expect(session.metadata).toMatchObject({
      title: 'Flask',
      artist: 'Talk Python to Me',
      artwork: [{ src: 'https://x/art.png', sizes: '512x512', type: 'image/png' }],
    });
  });

  it('answers the OS buttons: play, pause, seek, and previous/next line', async () => {
    const { media, session, actions } = setup();
    const call = (action: string, details: Partial<MediaSessionActionDetails> = {}) =>
      session.handlers.get(action)?.({ action, ...details } as MediaSessionActionDetails);
    call('play');
    expect(media.play).toHaveBeenCalled();
    call('pause');
    expect(media.pause).toHaveBeenCalled();
    call('seekto', { seekTime: 42 });
    expect(media.currentTime).toBe(42);
    call('seekforward');
    expect(media.currentTime).toBe(52);
    call('seekbackward', { seekOffset: 30 });
    expect(media.currentTime).toBe(22);
    call('previoustrack');
    call('nexttrack');
    expect(actions.previousTrack).toHaveBeenCalledTimes(1);
    expect(actions.nextTrack).toHaveBeenCalledTimes(1);
  });

  it('keeps the position state current, clamped, and never with a zero rate', () => {
    const { media, session } = setup();
    media.currentTime = 30;
    media.playbackRate = 1.5;
    media.emit('ratechange');
    expect(session.positions.at(-1)).toEqual({ duration: 100, playbackRate: 1.5, position: 30 });
    media.currentTime = 130;
    media.emit('seeked');
    expect(session.positions.at(-1)?.position).toBe(100);
    const count = session.positions.length;
    media.playbackRate = 0;
    media.emit('ratechange');
    expect(session.positions).toHaveLength(count);
  });

  it('reports playing and paused, and lets go on disconnect', async () => {
    const { player, session, disconnect } = setup();
    await player.play();
    expect(session.playbackState).toBe('playing');
    player.pause();
    expect(session.playbackState).toBe('paused');
    disconnect();
    expect(session.metadata).toBeNull();
    expect([...session.handlers.values()].every((h) => h === null)).toBe(true);
  });
});
