import { Suspense, useEffect, useState, type RefObject } from 'react';
import { lazyWithMessages } from './lazy-with-messages';

const SelectionShare = lazyWithMessages(() =>
  import('./SelectionShare').then((m) => m.SelectionShare),
);

/**
 * "Share selection" loads the first time text is selected in the transcript: most visits never
 * select anything, and the page's first script stays small.
 */
export function SelectionShareOnDemand({
  containerRef,
}: {
  containerRef: RefObject<HTMLElement | null>;
}) {
  const [isWanted, setWanted] = useState(false);
  useEffect(() => {
    if (isWanted) return undefined;
    const onChange = (): void => {
      const selection = window.getSelection();
      const container = containerRef.current;
      if (selection && !selection.isCollapsed && container?.contains(selection.anchorNode)) {
        setWanted(true);
      }
    };
    document.addEventListener('selectionchange', onChange);
    return () => document.removeEventListener('selectionchange', onChange);
  }, [containerRef, isWanted]);
  return isWanted ? (
    <Suspense fallback={null}>
      <SelectionShare containerRef={containerRef} />
    </Suspense>
  ) : null;
}
