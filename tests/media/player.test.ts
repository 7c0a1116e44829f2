import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createPlayer, type Player } from '../../src/media/player';
import { createFakeWaveform, createFrameClock, FakeMedia } from '../helpers/fake-media';

describe('createPlayer', () => {
  let media: FakeMedia;
  let fake: ReturnType<typeof createFakeWaveform>;
  let clock: ReturnType<typeof createFrameClock>;
  let player: Player;

  beforeEach(() => {
    media = new FakeMedia();
    fake = createFakeWaveform();
    clock = createFrameClock();
    player = createPlayer({
      media: media.asMedia(),
      container: document.createElement('div'),
      url: '/episode/audio.mp3',
      peaks: [[-0.5, 0.5]],
      duration: 120,
      fileLabel: 'audio.mp3',
      createWaveform: fake.create,
      requestFrame: clock.requestFrame,
      cancelFrame: clock.cancelFrame,
    });
  });

  it('hands wavesurfer the peaks and the duration on a stand-in media, so it never loads the audio', () => {
    const options = fake.options[0] as { media: HTMLMediaElement; url?: string };
    expect(options).toMatchObject({ peaks: [[-0.5, 0.5]], duration: 120 });
    expect(options.url).toBeUndefined();
    expect(options.media).not.toBe(media);
    expect(options.media.getAttribute('src')).toBeNull();
    expect(media.src).toBe('/episode/audio.mp3');
  });

  it('a click or drag on the waveform seeks the audio', () => {
    media.loadMetadata(120);
    fake.waveform.interact(42);
    expect(media.currentTime).toBe(42);
  });

  it('reports playable only once the media says so, with its real duration', () => {
    const states: boolean[] = [];
    player.onState((s) => states.push(s.canPlay));
    expect(player.getState()).toMatchObject({ canPlay: false, duration: 120 });
    media.loadMetadata(119.5);
    expect(player.getState()).toMatchObject({ canPlay: true, duration: 119.5 });
    expect(states).toEqual([true]);
  });

  it('reads the clock every frame while playing, and stops when paused', async () => {
    const times: number[] = [];
    player.onTime((t) => times.push(t));
    await player.play();
    expect(player.getState().isPlaying).toBe(true);
    media.currentTime = 1.016;
    clock.runFrame();
    media.currentTime = 1.033;
    clock.runFrame();
    expect(times.slice(-2)).toEqual([1.016, 1.033]);
    player.pause();
    expect(player.getState().isPlaying).toBe(false);
    expect(clock.pending()).toBe(0);
  });

  it('looks ahead a frame of media time while playing, and not at all when paused', async () => {
    expect(player.displayLead()).toBe(0);
    await player.play();
    clock.runFrame(1000);
    clock.runFrame(1000 + 1000 / 60);
    expect(player.displayLead()).toBeCloseTo(1 / 60, 6);
    player.setRate(2);
    expect(player.displayLead()).toBeCloseTo(2 / 60, 6);
    player.pause();
    expect(player.displayLead()).toBe(0);
  });

  it('reports the time after a seek while paused', () => {
    const times: number[] = [];
    player.onTime((t) => times.push(t));
    player.seek(42);
    expect(media.currentTime).toBe(42);
    expect(times).toEqual([42]);
  });

  it('clamps seeks to the audio and ignores nonsense', () => {
    player.seek(-5);
    expect(media.currentTime).toBe(0);
    player.seek(500);
    expect(media.currentTime).toBe(120);
    player.seek(Number.NaN);
    expect(media.currentTime).toBe(120);
    player.seek(10);
    player.skip(-3);
    expect(media.currentTime).toBe(7);
  });

  it('toggles between playing and paused', async () => {
    await player.togglePlay();
    expect(media.play).toHaveBeenCalledTimes(1);
    await player.togglePlay();
    expect(media.pause).toHaveBeenCalledTimes(1);
  });

  it('turns a media error into a message naming the file', () => {
    media.error = { code: 4 };
    media.emit('error');
    expect(player.getState().error).toBe(
      'Could not play audio.mp3: the file was not found, or its format is not supported by this browser.',
    );
  });

  it('reports a refused play, but not a play that a pause interrupted', async () => {
    media.playResult = Promise.reject(new DOMException('interrupted', 'AbortError'));
    await player.play();
    expect(player.getState().error).toBeNull();
    media.playResult = Promise.reject(new DOMException('not allowed', 'NotAllowedError'));
    await player.play();
    expect(player.getState().error).toBe(
      'Could not start audio.mp3: the browser blocked playback; press Play to start it.',
    );
    media.playResult = Promise.reject(new DOMException('no source', 'NotSupportedError'));
    await player.play();
    expect(player.getState().error).toBe('Could not start audio.mp3: no source');
  });

  it('knows when the waveform is drawn', () => {
    fake.waveform.fire();
    expect(player.getState().isWaveformDrawn).toBe(true);
  });

  it('destroy removes every listener and the waveform, and leaves the media alone', async () => {
    const onTime = vi.fn();
    player.onTime(onTime);
    await player.play();
    player.destroy();
    expect(fake.waveform.destroy).toHaveBeenCalledTimes(1);
    expect(clock.pending()).toBe(0);
    onTime.mockClear();
    media.emit('seeked');
    media.emit('playing');
    clock.runFrame();
    expect(onTime).not.toHaveBeenCalled();
    fake.waveform.fire();
    expect(player.getState().isWaveformDrawn).toBe(false);
  });
});

describe('createPlayer with a waveform that is still loading', () => {
  const setUp = () => {
    const media = new FakeMedia();
    const fake = createFakeWaveform();
    let resolve: (view: typeof fake.waveform) => void = () => undefined;
    const player = createPlayer({
      media: media.asMedia(),
      container: document.createElement('div'),
      url: '/episode/audio.mp3',
      peaks: [],
      duration: 0,
      fileLabel: 'audio.mp3',
      createWaveform: () => new Promise((r) => (resolve = r)),
    });
    return { media, fake, player, resolve: (view = fake.waveform) => resolve(view) };
  };

  it('sets the audio source at once, so it loads while the waveform code does', () => {
    const { media } = setUp();
    expect(media.src).toBe('/episode/audio.mp3');
  });

  it('applies peaks and colours that came first once the waveform exists', async () => {
    const { fake, player, resolve } = setUp();
    player.setPeaks([[-1, 1]], 60);
    player.setColors({ wave: 'gray', progress: 'blue', cursor: 'black' });
    resolve();
    await Promise.resolve();
    expect(fake.waveform.setOptions).toHaveBeenCalledWith({
      waveColor: 'gray',
      progressColor: 'blue',
      cursorColor: 'black',
    });
    // A load redraws (setOptions with peaks does not, in wavesurfer 8), with no address.
    expect(fake.waveform.load).toHaveBeenLastCalledWith('', [[-1, 1]], 60);
    player.setPeaks([[0, 0.5]], 60);
    expect(fake.waveform.load).toHaveBeenLastCalledWith('', [[0, 0.5]], 60);
    fake.waveform.fire();
    expect(player.getState().isWaveformDrawn).toBe(true);
  });

  it('destroys a waveform that arrives after the player was destroyed', async () => {
    const { fake, player, resolve } = setUp();
    player.destroy();
    resolve();
    await Promise.resolve();
    expect(fake.waveform.destroy).toHaveBeenCalledTimes(1);
  });
});

describe('createPlayer settings', () => {
  it('sets speed with the pitch kept, volume and mute on the media element', () => {
    const media = new FakeMedia();
    const player = createPlayer({
      media: media.asMedia(),
      container: document.createElement('div'),
      url: 'a.mp3',
      peaks: [[0, 0]],
      duration: 10,
      fileLabel: 'a.mp3',
      createWaveform: createFakeWaveform().create,
    });
    player.setRate(1.75);
    player.setVolume(0.4);
    player.setMuted(true);
    expect(media).toMatchObject({
      playbackRate: 1.75,
      preservesPitch: true,
      volume: 0.4,
      muted: true,
    });
  });
});

describe('createPlayer when the network fails', () => {
  const setUp = () => {
    const media = new FakeMedia();
    const timers = new Map<number, () => void>();
    let nextTimer = 1;
    const player = createPlayer({
      media: media.asMedia(),
      container: document.createElement('div'),
      url: '/episode/audio.mp3',
      peaks: [[0, 0]],
      duration: 120,
      fileLabel: 'audio.mp3',
      createWaveform: createFakeWaveform().create,
      requestFrame: createFrameClock().requestFrame,
      cancelFrame: () => undefined,
      setTimer: (callback) => {
        timers.set(nextTimer, callback);
        return nextTimer++;
      },
      clearTimer: (handle) => timers.delete(handle),
    });
    const runTimers = () => {
      const due = [...timers.values()];
      timers.clear();
      due.forEach((callback) => callback());
    };
    return { media, player, runTimers };
  };

  it('says it is waiting when data stops coming, and not once playback goes on', async () => {
    const { media, player, runTimers } = setUp();
    media.loadMetadata(120);
    await player.play();
    media.emit('waiting');
    // A moment of waiting is ordinary buffering after a seek: nothing is said yet.
    expect(player.getState().isWaitingForNetwork).toBe(false);
    media.emit('playing');
    runTimers();
    expect(player.getState().isWaitingForNetwork).toBe(false);
    // Data that stays away is said.
    media.emit('waiting');
    runTimers();
    expect(player.getState()).toMatchObject({ isWaitingForNetwork: true, error: null });
    media.emit('playing');
    expect(player.getState().isWaitingForNetwork).toBe(false);
  });

  it('after a dropped connection keeps the place, reconnects by itself and plays on from there', async () => {
    const { media, player, runTimers } = setUp();
    media.loadMetadata(120);
    await player.play();
    media.currentTime = 61.5;
    media.dropConnection();
    expect(player.getState()).toMatchObject({ isWaitingForNetwork: true, error: null });
    expect(player.currentTime()).toBe(61.5);
    media.play.mockClear();
    runTimers();
    expect(media.load).toHaveBeenCalledTimes(1);
    // The reload reads 0 until the audio is back: the player still says where it was.
    expect(media.currentTime).toBe(0);
    expect(player.currentTime()).toBe(61.5);
    // Still down: it tries again, later.
    media.dropConnection();
    runTimers();
    expect(media.load).toHaveBeenCalledTimes(2);
    media.loadMetadata(120);
    expect(media.currentTime).toBe(61.5);
    expect(media.play).toHaveBeenCalled();
    expect(player.getState().error).toBeNull();
  });

  it('a pause or a seek while reconnecting is kept for when the audio is back', async () => {
    const { media, player, runTimers } = setUp();
    media.loadMetadata(120);
    await player.play();
    media.currentTime = 30;
    media.dropConnection();
    player.seek(45);
    player.pause();
    expect(player.getState().isPlaying).toBe(false);
    media.play.mockClear();
    runTimers();
    media.loadMetadata(120);
    expect(media.currentTime).toBe(45);
    expect(media.play).not.toHaveBeenCalled();
  });
});

describe('the clock wakes only when something shown changes', () => {
  function setUp({ hidden = false, widthPx = 0 } = {}) {
    const media = new FakeMedia();
    const fake = createFakeWaveform();
    const clock = createFrameClock();
    const sleeps: Array<{ ms: number; wake: () => void }> = [];
    let isHidden = hidden;
    const container = document.createElement('div');
    Object.defineProperty(container, 'clientWidth', { get: () => widthPx });
    const player = createPlayer({
      media: media.asMedia(),
      container,
      url: 'a.mp3',
      peaks: [[0, 0]],
      duration: 600,
      fileLabel: 'a.mp3',
      createWaveform: fake.create,
      requestFrame: clock.requestFrame,
      cancelFrame: clock.cancelFrame,
      sleep: (wake, ms) => sleeps.push({ ms, wake }),
      cancelSleep: () => undefined,
      isHidden: () => isHidden,
    });
    media.loadMetadata(600);
    return { media, fake, clock, sleeps, player, setHidden: (h: boolean) => (isHidden = h) };
  }

  it('sleeps until the frame before the next change, scaled by the speed', async () => {
    const { media, clock, sleeps, player } = setUp();
    const times: number[] = [];
    player.onTime((t) => times.push(t), { nextChange: (t) => Math.floor(t) + 1 });
    media.currentTime = 10.2;
    await player.play();
    // It ticked once, then went to sleep: no frame is asked for until the change is near.
    expect(clock.pending()).toBe(0);
    expect(sleeps.at(-1)?.ms).toBeCloseTo((0.8 - 1.5 / 60) * 1000, 0);
    media.playbackRate = 2;
    media.emit('ratechange');
    expect(sleeps.at(-1)?.ms).toBeCloseTo((0.8 / 2 - 1.5 / 60) * 1000, 0);
    // Woken, it runs frame by frame until the change has been shown, then sleeps again.
    media.currentTime = 10.98;
    sleeps.at(-1)?.wake();
    expect(clock.pending()).toBe(1);
    clock.runFrame(1000);
    expect(clock.pending()).toBe(1);
    media.currentTime = 11.01;
    clock.runFrame(1016.7);
    expect(times.at(-1)).toBe(11.01);
    expect(clock.pending()).toBe(0);
  });

  it('draws the waveform progress only when the cursor reaches another pixel', async () => {
    const { media, fake, clock, player } = setUp({ widthPx: 600 });
    player.onTime(() => undefined);
    await player.play();
    vi.mocked(fake.waveform.setTime).mockClear();
    for (let t = 100; t < 103; t += 1 / 60) {
      media.currentTime = t;
      clock.runFrame();
    }
    // 600 px for 600 s: one pixel a second, so three draws in three seconds of frames.
    expect(fake.waveform.setTime).toHaveBeenCalledTimes(3);
  });

  it('does nothing while the page is hidden, except what must still act; catches up when shown', async () => {
    const { media, clock, sleeps, player, setHidden } = setUp();
    const shown = vi.fn();
    const needed = vi.fn();
    player.onTime(shown, { nextChange: () => Number.POSITIVE_INFINITY });
    player.onTime(needed, { isNeededWhileHidden: () => true, nextChange: () => Infinity });
    await player.play();
    setHidden(true);
    document.dispatchEvent(new Event('visibilitychange'));
    shown.mockClear();
    needed.mockClear();
    sleeps.length = 0;
    media.currentTime = 50;
    media.emit('timeupdate');
    expect(shown).not.toHaveBeenCalled();
    expect(needed).toHaveBeenCalledWith(50);
    expect(clock.pending()).toBe(0);
    expect(sleeps).toHaveLength(0);
    setHidden(false);
    document.dispatchEvent(new Event('visibilitychange'));
    expect(shown).toHaveBeenCalledWith(50);
  });
});

describe('a waveform without peaks', () => {
  it('starts as a flat line that is ready at once, redrawn over the audio’s length once known', () => {
    const media = new FakeMedia();
    const fake = createFakeWaveform();
    const player = createPlayer({
      media: media.asMedia(),
      container: document.createElement('div'),
      url: 'a.mp3',
      peaks: [[0, 0]],
      duration: 0,
      fileLabel: 'a.mp3',
      createWaveform: fake.create,
    });
    // Drawn at once (a placeholder length), so the page is ready before any peaks exist.
    expect(fake.options[0]).toMatchObject({ peaks: [[0, 0]], duration: 1 });
    media.loadMetadata(300);
    expect(fake.waveform.load).toHaveBeenLastCalledWith('', [[0, 0]], 300);
    // wavesurfer reports a click as a share of the length it drew.
    fake.waveform.interact(150);
    expect(media.currentTime).toBe(150);
    player.destroy();
  });
});
