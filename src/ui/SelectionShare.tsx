import { useEffect, useState, type RefObject } from 'react';
import { formatSpan } from '../core/time';
import { useTandem } from '../state/store';

interface SelectedLines {
  first: number;
  last: number;
  text: string;
}

/** The transcript lines a selection covers, or null when it is empty or not in the transcript. */
function readSelection(container: HTMLElement | null): SelectedLines | null {
  const selection = window.getSelection();
  if (!container || !selection || selection.isCollapsed || selection.rangeCount === 0) return null;
  const lineOf = (node: Node | null): number | null => {
    const element = node instanceof Element ? node : node?.parentElement;
    const row = element?.closest('[data-cue-index]');
    return row && container.contains(row) ? Number(row.getAttribute('data-cue-index')) : null;
  };
  const anchor = lineOf(selection.anchorNode);
  const focus = lineOf(selection.focusNode);
  const text = selection.toString().trim();
  if (anchor === null || focus === null || text === '') return null;
  return { first: Math.min(anchor, focus), last: Math.max(anchor, focus), text };
}

/** "Share selection": a range link covering exactly the selected lines, with their words. */
export function SelectionShare({ containerRef }: { containerRef: RefObject<HTMLElement | null> }) {
  const [selected, setSelected] = useState<SelectedLines | null>(null);
  const cues = useTandem((s) => s.transcript?.cues);
  const shareSelection = useTandem((s) => s.shareSelection);

  useEffect(() => {
    const onChange = (): void => {
      // Typing moves a field's caret: nothing to share there, and reading the selection would
      // force a layout on every keystroke.
      const focused = document.activeElement;
      if (focused instanceof HTMLInputElement || focused instanceof HTMLTextAreaElement) {
        setSelected(null);
        return;
      }
      setSelected(readSelection(containerRef.current));
    };
    document.addEventListener('selectionchange', onChange);
    return () => document.removeEventListener('selectionchange', onChange);
  }, [containerRef]);

  const from = selected && cues?.[selected.first];
  const to = selected && cues?.[selected.last];
  if (!selected || !from || !to) return null;
  return (
    <button
      type="button"
      className="share-selection"
      // Keep the selection: a mousedown on a button would otherwise clear it first.
      onMouseDown={(event) => event.preventDefault()}
      onClick={() => void shareSelection(selected.first, selected.last, selected.text)}
    >
      Share selection ({formatSpan(from.start, to.end)})
    </button>
  );
}
