import { useEffect, useState } from 'react';

/**
 * False until `isShown` has been true in a painted frame, then true for good: for work no one
 * sees in the frame where something first appears, kept off the path to it. (The first number
 * formatted on a page, for one, sets up the language's number rules: some 50 ms on a phone.)
 */
export function useAfterPaint(isShown: boolean): boolean {
  const [isPainted, setPainted] = useState(false);
  useEffect(() => {
    if (!isShown || isPainted) return undefined;
    let timer: number | undefined;
    // A task queued from an animation frame runs once that frame is painted.
    const frame = requestAnimationFrame(() => {
      timer = window.setTimeout(() => setPainted(true), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      window.clearTimeout(timer);
    };
  }, [isShown, isPainted]);
  return isShown && isPainted;
}
