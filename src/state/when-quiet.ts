/**
 * Runs background work once the listener has left the page alone for a while: no scrolling,
 * wheel, touch, press or key for `quietMs`. Work that can wait (checking the transcript against
 * the audio) then does not compete with a scroll or a drag for the processor.
 */

/** The input that counts as the listener busy with the page. */
const BUSY_EVENTS = ['scroll', 'wheel', 'touchmove', 'pointerdown', 'keydown'] as const;

export interface QuietOptions {
  target?: EventTarget;
  now?: () => number;
  setTimer?: (callback: () => void, ms: number) => unknown;
  clearTimer?: (timer: unknown) => void;
}

/** Calls `callback` once, after `quietMs` without input; the returned function cancels it. */
export function whenQuiet(
  callback: () => void,
  quietMs: number,
  {
    target = window,
    now = () => performance.now(),
    setTimer = (run, ms) => setTimeout(run, ms),
    clearTimer = (timer) => clearTimeout(timer as ReturnType<typeof setTimeout>),
  }: QuietOptions = {},
): () => void {
  let lastBusy = now();
  const onBusy = (): void => {
    lastBusy = now();
  };
  // Capture: a scroll inside any scroller counts, though scroll events do not bubble.
  const listen = { capture: true, passive: true } as const;
  BUSY_EVENTS.forEach((type) => target.addEventListener(type, onBusy, listen));
  const stop = (): void => {
    clearTimer(timer);
    BUSY_EVENTS.forEach((type) => target.removeEventListener(type, onBusy, listen));
  };
  const check = (): void => {
    const waited = now() - lastBusy;
    if (waited < quietMs) {
      timer = setTimer(check, quietMs - waited);
      return;
    }
    stop();
    callback();
  };
  let timer = setTimer(check, quietMs);
  return stop;
}
