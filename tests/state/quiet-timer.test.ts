import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { QuietTimer } from '../../src/state/when-quiet';

/** A timer on the test's fake clock, calling `onQuiet`. */
function quietTimer(quietMs: number, onQuiet: () => void = () => undefined): QuietTimer {
  const timer = new QuietTimer(quietMs, { now: () => Date.now() });
  timer.listen(onQuiet);
  return timer;
}

describe('QuietTimer', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('fires once, a quiet interval after the last of many pokes', () => {
    const onQuiet = vi.fn();
    const timer = quietTimer(100, onQuiet);
    for (let frame = 0; frame < 30; frame++) {
      timer.poke();
      vi.advanceTimersByTime(16);
    }
    expect(onQuiet).not.toHaveBeenCalled();
    expect(timer.isWaiting).toBe(true);
    vi.advanceTimersByTime(100 - 16 - 1);
    expect(onQuiet).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(onQuiet).toHaveBeenCalledTimes(1);
    expect(timer.isWaiting).toBe(false);
    vi.advanceTimersByTime(1000);
    expect(onQuiet).toHaveBeenCalledTimes(1);
  });

  it('keeps a single timer however often it is poked', () => {
    const timer = quietTimer(100);
    for (let i = 0; i < 50; i++) timer.poke();
    expect(vi.getTimerCount()).toBe(1);
  });

  it('never fires once cancelled, and can be poked again', () => {
    const onQuiet = vi.fn();
    const timer = quietTimer(100, onQuiet);
    timer.poke();
    timer.cancel();
    vi.advanceTimersByTime(500);
    expect(onQuiet).not.toHaveBeenCalled();
    expect(timer.isWaiting).toBe(false);
    timer.poke();
    vi.advanceTimersByTime(100);
    expect(onQuiet).toHaveBeenCalledTimes(1);
  });
});

describe('QuietTimer.listen', () => {
  it('calls the latest listener', () => {
    vi.useFakeTimers();
    const first = vi.fn();
    const second = vi.fn();
    const timer = quietTimer(50, first);
    timer.poke();
    timer.listen(second);
    vi.advanceTimersByTime(50);
    expect(first).not.toHaveBeenCalled();
    expect(second).toHaveBeenCalledTimes(1);
    vi.useRealTimers();
  });
});
