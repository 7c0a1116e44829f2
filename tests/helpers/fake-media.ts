import { vi } from 'vitest';
import {
  createPlayer,
  type CreateWaveform,
  type Player,
  type Waveform,
} from '../../src/media/player';

/** A media element stand-in: the events and properties the player uses, driven by the test. */
export class FakeMedia extends EventTarget {
  src = '';
  currentTime = 0;
  duration = Number.NaN;
  paused = true;
  playbackRate = 1;
  defaultPlaybackRate = 1;
  preservesPitch = false;
  volume = 1;
  muted = false;
  error: { code: number } | null = null;
  playResult: Promise<void> = Promise.resolve();

  play = vi.fn((): Promise<void> => {
    this.paused = false;
    this.emit('play');
    this.emit('playing');
    return this.playResult;
  });

  /** Reloads the source: the position goes back to 0 and the element pauses, as in a browser. */
  load = vi.fn((): void => {
    this.currentTime = 0;
    if (!this.paused) {
      this.paused = true;
      this.emit('pause');
    }
  });

  /** A network error part-way through the download. */
  dropConnection(): void {
    this.error = { code: 2 };
    this.paused = true;
    this.emit('error');
  }

  pause = vi.fn((): void => {
    if (this.paused) return;
    this.paused = true;
    this.emit('pause');
  });

  emit(type: string): void {
    this.dispatchEvent(new Event(type));
  }

  /** The browser has read the file's header. */
  loadMetadata(duration: number): void {
    this.duration = duration;
    this.emit('loadedmetadata');
    this.emit('canplay');
  }

  asMedia(): HTMLMediaElement {
    return this as unknown as HTMLMediaElement;
  }
}

/** A waveform stand-in that records how it was created and lets the test fire its events. */
export function createFakeWaveform(): {
  create: CreateWaveform;
  waveform: Waveform & {
    fire(event?: 'redrawcomplete'): void;
    /** A click or drag on the waveform at `time`. */
    interact(time: number): void;
  };
  options: unknown[];
} {
  const listeners = new Map<string, Set<(time?: number) => void>>();
  const options: unknown[] = [];
  const waveform = {
    on: vi.fn((event: string, listener: (time?: number) => void) => {
      const set = listeners.get(event) ?? new Set();
      listeners.set(event, set.add(listener));
      return () => set.delete(listener);
    }) as Waveform['on'],
    setOptions: vi.fn(),
    setTime: vi.fn(),
    load: vi.fn(() => Promise.resolve()),
    destroy: vi.fn(),
    fire: (event = 'redrawcomplete') => listeners.get(event)?.forEach((l) => l()),
    interact: (time: number) => listeners.get('interaction')?.forEach((l) => l(time)),
  };
  return {
    create: (o) => {
      options.push(o);
      return waveform;
    },
    waveform,
    options,
  };
}

/** A requestAnimationFrame stand-in: frames run only when the test says so. */
export function createFrameClock(): {
  requestFrame: (cb: (timestamp?: number) => void) => number;
  cancelFrame: (handle: number) => void;
  /** Runs the queued frame callbacks, with a frame timestamp when one is given. */
  runFrame(timestamp?: number): void;
  pending(): number;
} {
  let next = 1;
  const queue = new Map<number, (timestamp?: number) => void>();
  return {
    requestFrame: (cb) => {
      queue.set(next, cb);
      return next++;
    },
    cancelFrame: (handle) => queue.delete(handle),
    runFrame: (timestamp) => {
      const callbacks = [...queue.values()];
      queue.clear();
      callbacks.forEach((cb) => cb(timestamp));
    },
    pending: () => queue.size,
  };
}

/** A real player on a fake media element, fake waveform and a frame clock the test drives. */
export function createFakePlayer(duration = 120): {
  media: FakeMedia;
  clock: ReturnType<typeof createFrameClock>;
  player: Player;
} {
  const media = new FakeMedia();
  const clock = createFrameClock();
  const player = createPlayer({
    media: media.asMedia(),
    container: document.createElement('div'),
    url: 'a.mp3',
    peaks: [[0, 0]],
    duration,
    fileLabel: 'a.mp3',
    createWaveform: createFakeWaveform().create,
    requestFrame: clock.requestFrame,
    cancelFrame: clock.cancelFrame,
    // The clock's sleeps end at once, so each test frame is a tick as with a real rAF loop.
    sleep: (wake) => {
      wake();
      return 0;
    },
    cancelSleep: () => undefined,
    isHidden: () => false,
  });
  return { media, clock, player };
}
