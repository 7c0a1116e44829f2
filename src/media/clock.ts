/**
 * The player's clock: tells its listeners the media time, and while playing in a visible page
 * wakes only when one of them says its output next changes (a line, a word, a second, a waveform
 * pixel). It sleeps until the frame before the earliest change, then reads the time frame by frame
 * until the change has been shown. Hidden, it runs nothing; a few listeners that must still act (a
 * range's end, a repeated line) hear the media's own `timeupdate` instead.
 */

/**
 * When a time listener's output next changes, in media seconds (Infinity: not until a seek). The
 * clock sleeps until the earliest one is due, so a playing episode wakes the page for a new line,
 * word, second or waveform pixel, not 60 times a second.
 */
export type NextChange = (time: number) => number;

export interface TimeListenerOptions {
  /** Without one, the listener is called every frame while playing. */
  nextChange?: NextChange;
  /** Called even while the page is hidden (a range's end, a repeated line): keep it rare. */
  isNeededWhileHidden?: () => boolean;
}

export interface ClockOptions {
  /** The time to tell (the media's, or the place kept while reconnecting). */
  currentTime(): number;
  /** Playback speed, to turn media seconds into wall-clock ones. */
  rate(): number;
  requestFrame(callback: (timestamp?: number) => void): number;
  cancelFrame(handle: number): void;
  sleep(callback: () => void, delayMs: number): number;
  cancelSleep(handle: number): void;
}

export interface Clock {
  add(listener: (time: number) => void, options?: TimeListenerOptions): () => void;
  /** Starts running (playing in a visible page), or restarts after a seek or a new speed. */
  run(): void;
  stop(): void;
  isRunning(): boolean;
  /** Tells every listener the time once. */
  emit(): void;
  /** Tells the time to the listeners that must act while the page is hidden. */
  emitWhileHidden(): void;
  /** The display's frame interval in seconds, learnt from frame timestamps (60 Hz until known). */
  frameSeconds(): number;
  clear(): void;
}

// The longest sleep: a rate change or a seek wakes the clock anyway, this is a safety net.
const MAX_SLEEP_MS = 2000;

export function createClock(options: ClockOptions): Clock {
  const listeners = new Set<{ listener: (time: number) => void } & TimeListenerOptions>();
  let frame: number | null = null;
  let sleeping: number | null = null;
  let isRunning = false;
  let frameSeconds = 1 / 60;
  let lastFrameAt: number | null = null;

  /** Tells every listener the time; returns when the earliest of them next changes. */
  const emit = (): { time: number; next: number } => {
    const time = options.currentTime();
    let next = Number.POSITIVE_INFINITY;
    for (const { listener, nextChange } of listeners) {
      listener(time);
      // A listener that cannot say wants every frame.
      next = Math.min(next, nextChange ? nextChange(time) : time);
    }
    return { time, next };
  };
  /** Wakes in the frame before `next` is due: in frames when it is close, else after a sleep. */
  const schedule = (time: number, next: number): void => {
    if (!isRunning) return;
    const rate = options.rate() > 0 ? options.rate() : 1;
    const waitMs = ((next - time) / rate - 1.5 * frameSeconds) * 1000;
    if (waitMs <= 0) {
      frame = options.requestFrame(tick);
      return;
    }
    lastFrameAt = null;
    sleeping = options.sleep(
      () => {
        sleeping = null;
        frame = options.requestFrame(tick);
      },
      Math.min(waitMs, MAX_SLEEP_MS),
    );
  };
  const tick = (timestamp?: number): void => {
    frame = null;
    if (timestamp !== undefined && lastFrameAt !== null) {
      const interval = (timestamp - lastFrameAt) / 1000;
      if (interval > 0 && interval < 0.1) frameSeconds = 0.9 * frameSeconds + 0.1 * interval;
    }
    lastFrameAt = timestamp ?? null;
    const { time, next } = emit();
    schedule(time, next);
  };
  const stop = (): void => {
    if (frame !== null) options.cancelFrame(frame);
    if (sleeping !== null) options.cancelSleep(sleeping);
    frame = null;
    sleeping = null;
    lastFrameAt = null;
    isRunning = false;
  };
  const run = (): void => {
    stop();
    isRunning = true;
    tick();
  };

  return {
    add(listener, listenerOptions = {}) {
      const entry = { listener, ...listenerOptions };
      listeners.add(entry);
      // A new listener may need waking sooner than the clock planned.
      if (isRunning) run();
      return () => listeners.delete(entry);
    },
    run,
    stop,
    isRunning: () => isRunning,
    emit: () => void emit(),
    emitWhileHidden() {
      const time = options.currentTime();
      for (const { listener, isNeededWhileHidden } of listeners) {
        if (isNeededWhileHidden?.()) listener(time);
      }
    },
    frameSeconds: () => frameSeconds,
    clear: () => listeners.clear(),
  };
}
