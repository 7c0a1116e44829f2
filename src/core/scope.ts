/**
 * A lifetime: everything started within it registers how to stop, and one `dispose()` stops it
 * all, newest first. Anything registered after the scope is disposed is stopped at once, so work
 * that finishes late (a chunk that loaded, a job that resolved) cannot outlive its owner.
 */
export interface Scope {
  /** Registers a stop; runs it at once when the scope is already disposed. */
  add(stop: () => void): void;
  readonly isDisposed: boolean;
  dispose(): void;
}

export function createScope(): Scope {
  const stops: Array<() => void> = [];
  let isDisposed = false;
  return {
    add(stop) {
      if (isDisposed) stop();
      else stops.push(stop);
    },
    get isDisposed() {
      return isDisposed;
    },
    dispose() {
      if (isDisposed) return;
      isDisposed = true;
      while (stops.length > 0) (stops.pop() as () => void)();
    },
  };
}
