import { useEffect, useState } from 'react';

/**
 * False in the component's first render, true once that render has been painted: for work no one
 * sees in the first frame, kept off the path to it. (The first number formatted on a page, for
 * one, sets up the language's number rules: some 45 ms on a mid-range phone.)
 */
export function useAfterPaint(): boolean {
  const [isPainted, setPainted] = useState(false);
  useEffect(() => {
    let timer: number | undefined;
    // A task queued from an animation frame runs once that frame is painted.
    const frame = requestAnimationFrame(() => {
      timer = window.setTimeout(() => setPainted(true), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      window.clearTimeout(timer);
    };
  }, []);
  return isPainted;
}
