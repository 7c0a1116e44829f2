/**
 * Resolves once the page has painted a frame after this call: work queued behind it stays off the
 * path to what was just put on screen. A hidden page paints no frames; it waits `limitMs` at most.
 */
export function afterPaint(limitMs = 100): Promise<void> {
  return new Promise((resolve) => {
    const limit = setTimeout(resolve, limitMs);
    if (typeof requestAnimationFrame !== 'function') return;
    // A task queued from an animation frame runs once that frame is painted.
    requestAnimationFrame(() =>
      setTimeout(() => {
        clearTimeout(limit);
        resolve();
      }, 0),
    );
  });
}
