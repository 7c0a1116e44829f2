/**
 * What the player does when the network lets it down, kept apart from the rest of the player:
 * - data stops coming while playing: after a moment (an ordinary seek waits too, briefly, and
 *   must not be announced), it says it is waiting; the browser keeps trying by itself;
 * - the connection drops: it keeps the place (the element reads 0 while it reloads), reloads
 *   after 1 s, then 2, 4, 8 s (and at once when the browser is back online), and on success puts
 *   playback back where it was, playing if it was (or as the listener asked meanwhile).
 */

// Shorter waits are ordinary buffering after a seek, not a network problem.
const WAITING_SAID_AFTER_MS = 1000;
const RECONNECT_FIRST_MS = 1000;
const RECONNECT_MAX_MS = 8000;

export interface Timers {
  setTimer(callback: () => void, delayMs: number): number;
  clearTimer(handle: number): void;
}

export interface NetworkRecovery {
  /** Where playback is held while reconnecting; undefined when not reconnecting. */
  heldTime(): number | undefined;
  /** While reconnecting: where and whether to play once the audio is back. */
  hold(change: { time?: number; wantsPlay?: boolean }): void;
  wantsPlay(): boolean;
  /** The element waits for data (`waiting`), or plays again (`playing`, `pause`). */
  onWaiting(): void;
  onFlowing(): void;
  /** The connection dropped at `time`; again while reconnecting means the try failed. */
  onDropped(time: number, wasPlaying: boolean): void;
  /** The media is back: what to restore, and the end of reconnecting; null if not reconnecting. */
  onBack(): { time: number; wantsPlay: boolean } | null;
  dispose(): void;
}

/**
 * Network recovery for `media`; `onWaitingChange` hears whether to say "Waiting for the
 * network…".
 */
export function createNetworkRecovery(
  media: HTMLMediaElement,
  { setTimer, clearTimer }: Timers,
  onWaitingChange: (isWaiting: boolean) => void,
): NetworkRecovery {
  let waitingTimer: number | null = null;
  let reconnect: { time: number; wantsPlay: boolean; delayMs: number; timer: number } | null = null;

  const stopWaitingTimer = (): void => {
    if (waitingTimer !== null) clearTimer(waitingTimer);
    waitingTimer = null;
  };
  const tryAgain = (): void => {
    if (reconnect) media.load();
  };
  window.addEventListener('online', tryAgain);

  return {
    heldTime: () => reconnect?.time,
    hold(change) {
      if (!reconnect) return;
      if (change.time !== undefined) reconnect.time = change.time;
      if (change.wantsPlay !== undefined) reconnect.wantsPlay = change.wantsPlay;
    },
    wantsPlay: () => reconnect?.wantsPlay ?? false,
    onWaiting() {
      if (media.paused || waitingTimer !== null) return;
      waitingTimer = setTimer(() => {
        waitingTimer = null;
        onWaitingChange(true);
      }, WAITING_SAID_AFTER_MS);
    },
    onFlowing() {
      stopWaitingTimer();
      if (!reconnect) onWaitingChange(false);
    },
    onDropped(time, wasPlaying) {
      stopWaitingTimer();
      reconnect ??= { time, wantsPlay: wasPlaying, delayMs: RECONNECT_FIRST_MS, timer: 0 };
      clearTimer(reconnect.timer);
      reconnect.timer = setTimer(tryAgain, reconnect.delayMs);
      reconnect.delayMs = Math.min(RECONNECT_MAX_MS, reconnect.delayMs * 2);
      onWaitingChange(true);
    },
    onBack() {
      if (!reconnect) return null;
      const { time, wantsPlay, timer } = reconnect;
      clearTimer(timer);
      reconnect = null;
      // Until it plays again, it is still waiting for the audio.
      onWaitingChange(wantsPlay);
      return { time, wantsPlay };
    },
    dispose() {
      stopWaitingTimer();
      if (reconnect) clearTimer(reconnect.timer);
      reconnect = null;
      window.removeEventListener('online', tryAgain);
    },
  };
}
