import { useEffect, useState } from 'react';
import { afterPaint } from '../state/after-paint';

/**
 * False until `isShown` has been true in a painted frame, then true for good: for work no one
 * sees in the frame where something first appears, kept off the path to it. (The first number
 * formatted on a page, for one, sets up the language's number rules: some 50 ms on a phone.)
 */
export function useAfterPaint(isShown: boolean): boolean {
  const [isPainted, setPainted] = useState(false);
  useEffect(() => {
    if (!isShown || isPainted) return undefined;
    let isCurrent = true;
    void afterPaint().then(() => {
      if (isCurrent) setPainted(true);
    });
    return () => {
      isCurrent = false;
    };
  }, [isShown, isPainted]);
  return isShown && isPainted;
}
