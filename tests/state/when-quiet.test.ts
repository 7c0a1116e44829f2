import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { whenQuiet } from '../../src/state/when-quiet';

describe('whenQuiet', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  const options = (target: EventTarget) => ({ target, now: () => Date.now() });

  it('runs once the page has been left alone for the whole wait', () => {
    const target = new EventTarget();
    const work = vi.fn();
    whenQuiet(work, 1500, options(target));
    vi.advanceTimersByTime(1499);
    expect(work).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(work).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(10_000);
    expect(work).toHaveBeenCalledTimes(1);
  });

  it('waits again after each scroll, wheel, touch, press or key', () => {
    const target = new EventTarget();
    const work = vi.fn();
    whenQuiet(work, 1500, options(target));
    for (const type of ['scroll', 'wheel', 'touchmove', 'pointerdown', 'keydown']) {
      vi.advanceTimersByTime(1000);
      target.dispatchEvent(new Event(type));
    }
    // 5 s have passed, never 1.5 s without input.
    expect(work).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1499);
    expect(work).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(work).toHaveBeenCalledTimes(1);
  });

  it('once cancelled, never runs and stops listening', () => {
    const target = new EventTarget();
    const removed = vi.spyOn(target, 'removeEventListener');
    const work = vi.fn();
    const cancel = whenQuiet(work, 1500, options(target));
    cancel();
    vi.advanceTimersByTime(5000);
    expect(work).not.toHaveBeenCalled();
    expect(removed).toHaveBeenCalledTimes(5);
  });
});
