/**
 * Calls `onQuiet` once `quietMs` have passed since the last `poke()`. However often it is poked
 * (every frame of a fast scroll), it keeps one timer and re-arms it only when it fires early.
 */
export class QuietTimer {
  private timer: ReturnType<typeof setTimeout> | null = null;
  private lastPoke = 0;
  private onQuiet: () => void;

  constructor(
    private readonly quietMs: number,
    onQuiet: () => void = () => undefined,
  ) {
    this.onQuiet = onQuiet;
  }

  /** What to call when quiet comes (for an owner whose callback changes). */
  listen(onQuiet: () => void): void {
    this.onQuiet = onQuiet;
  }

  /** Whether a poke is still waiting for its quiet moment. */
  get isWaiting(): boolean {
    return this.timer !== null;
  }

  poke(): void {
    this.lastPoke = Date.now();
    if (this.timer === null) this.wait(this.quietMs);
  }

  cancel(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
  }

  private wait(ms: number): void {
    this.timer = setTimeout(() => {
      const left = this.lastPoke + this.quietMs - Date.now();
      if (left > 0) {
        this.wait(left);
        return;
      }
      this.timer = null;
      this.onQuiet();
    }, ms);
  }
}
