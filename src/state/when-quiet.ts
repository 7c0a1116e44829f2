/**
 * Waiting for a quiet moment: a timer that fires once some time has passed since the last time it
 * was poked, and, built on it, background work run once the listener has left the page alone for
 * a while (no scrolling, wheel, touch, press or key). Work that can wait (checking the transcript
 * against the audio) then does not compete with a scroll or a drag for the processor.
 */

/** The input that counts as the listener busy with the page. */
const BUSY_EVENTS = ['scroll', 'wheel', 'touchmove', 'pointerdown', 'keydown'] as const;

/** The clock a QuietTimer reads and sets (tests pass their own). */
export interface QuietClock {
  now?: () => number;
  setTimer?: (callback: () => void, ms: number) => unknown;
  clearTimer?: (timer: unknown) => void;
}

/**
 * Calls its listener once `quietMs` have passed since the last `poke()`. However often it is poked
 * (every frame of a fast scroll), it keeps one timer and re-arms it only when it fires early.
 */
export class QuietTimer {
  private timer: unknown = null;
  private lastPoke = 0;
  private onQuiet: () => void = () => undefined;
  private readonly now: () => number;
  private readonly setTimer: (callback: () => void, ms: number) => unknown;
  private readonly clearTimer: (timer: unknown) => void;

  constructor(
    private readonly quietMs: number,
    {
      now = () => performance.now(),
      setTimer = (run, ms) => setTimeout(run, ms),
      clearTimer = (timer) => clearTimeout(timer as ReturnType<typeof setTimeout>),
    }: QuietClock = {},
  ) {
    this.now = now;
    this.setTimer = setTimer;
    this.clearTimer = clearTimer;
  }

  /** What to call when quiet comes (an owner whose callback changes calls this again). */
  listen(onQuiet: () => void): void {
    this.onQuiet = onQuiet;
  }

  /** Whether a poke is still waiting for its quiet moment. */
  get isWaiting(): boolean {
    return this.timer !== null;
  }

  poke(): void {
    this.lastPoke = this.now();
    if (this.timer === null) this.wait(this.quietMs);
  }

  cancel(): void {
    if (this.timer !== null) this.clearTimer(this.timer);
    this.timer = null;
  }

  private wait(ms: number): void {
    this.timer = this.setTimer(() => {
      const left = this.lastPoke + this.quietMs - this.now();
      if (left > 0) {
        this.wait(left);
        return;
      }
      this.timer = null;
      this.onQuiet();
    }, ms);
  }
}

export interface QuietOptions extends QuietClock {
  target?: EventTarget;
}

/** Calls `callback` once, after `quietMs` without input; the returned function cancels it. */
export function whenQuiet(
  callback: () => void,
  quietMs: number,
  { target = window, ...clock }: QuietOptions = {},
): () => void {
  const quiet = new QuietTimer(quietMs, clock);
  const onBusy = (): void => quiet.poke();
  // Capture: a scroll inside any scroller counts, though scroll events do not bubble.
  const listen = { capture: true, passive: true } as const;
  BUSY_EVENTS.forEach((type) => target.addEventListener(type, onBusy, listen));
  const stop = (): void => {
    quiet.cancel();
    BUSY_EVENTS.forEach((type) => target.removeEventListener(type, onBusy, listen));
  };
  quiet.listen(() => {
    stop();
    callback();
  });
  quiet.poke();
  return stop;
}
