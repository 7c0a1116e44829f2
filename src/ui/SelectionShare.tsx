import { useEffect, useState, type RefObject } from 'react';
import { snapToWords } from '../core/quote';
import { formatSpan } from '../core/time';
import type { Cue } from '../core/transcript';
import { useTandem } from '../state/store';
import { useT } from '../i18n/react';

interface SelectedLines {
  first: number;
  last: number;
  text: string;
}

/** How many characters of `element`'s text come before the point (node, offset) inside it. */
function offsetIn(element: Element, node: Node, offset: number): number {
  const before = document.createRange();
  before.setStart(element, 0);
  before.setEnd(node, offset);
  return before.toString().length;
}

/**
 * The transcript lines a selection covers and their words, or null when it is empty or not in the
 * transcript. A selection that starts or ends inside a word takes the whole word (by the word
 * rules of the text's language, so Japanese or Thai, written without spaces, cut right too); the
 * lines between come from the transcript, rendered or not.
 */
function readSelection(container: HTMLElement | null, cues: readonly Cue[]): SelectedLines | null {
  const selection = window.getSelection();
  if (!container || !selection || selection.isCollapsed || selection.rangeCount === 0) return null;
  const lineOf = (node: Node | null): number | null => {
    const element = node instanceof Element ? node : node?.parentElement;
    const row = element?.closest('[data-cue-index]');
    return row && container.contains(row) ? Number(row.getAttribute('data-cue-index')) : null;
  };
  const anchor = lineOf(selection.anchorNode);
  const focus = lineOf(selection.focusNode);
  if (anchor === null || focus === null || selection.toString().trim() === '') return null;
  const first = Math.min(anchor, focus);
  const last = Math.max(anchor, focus);
  const range = selection.getRangeAt(0);
  const textOf = (line: number): Element | null =>
    container.querySelector(`[data-cue-index="${line}"] .cue-text`);
  const firstText = textOf(first);
  const lastText = textOf(last);
  if (!firstText || !lastText) return null;
  const firstWords = firstText.textContent ?? '';
  const lastWords = lastText.textContent ?? '';
  // A selection that starts before the line's text (on its time) takes it from its start.
  const start = firstText.contains(range.startContainer)
    ? offsetIn(firstText, range.startContainer, range.startOffset)
    : 0;
  const end = lastText.contains(range.endContainer)
    ? offsetIn(lastText, range.endContainer, range.endOffset)
    : lastWords.length;
  let text: string;
  if (first === last) {
    const words = snapToWords(firstWords, start, end);
    text = firstWords.slice(words.start, words.end);
  } else {
    const between = cues.slice(first + 1, last).map((cue) => cue.text);
    text = [
      firstWords.slice(snapToWords(firstWords, start, firstWords.length).start),
      ...between,
      lastWords.slice(0, snapToWords(lastWords, 0, end).end),
    ].join(' ');
  }
  text = text.trim();
  return text === '' ? null : { first, last, text };
}

/** "Share selection": a range link covering exactly the selected lines, with their words. */
export function SelectionShare({ containerRef }: { containerRef: RefObject<HTMLElement | null> }) {
  const [selected, setSelected] = useState<SelectedLines | null>(null);
  const cues = useTandem((s) => s.transcript?.cues);
  const shareSelection = useTandem((s) => s.shareSelection);
  const t = useT();

  useEffect(() => {
    const onChange = (): void => {
      // Typing moves a field's caret: nothing to share there, and reading the selection would
      // force a layout on every keystroke.
      const focused = document.activeElement;
      if (focused instanceof HTMLInputElement || focused instanceof HTMLTextAreaElement) {
        setSelected(null);
        return;
      }
      setSelected(readSelection(containerRef.current, useTandem.getState().transcript?.cues ?? []));
    };
    document.addEventListener('selectionchange', onChange);
    // This component loads with the first selection: that selection counts too.
    onChange();
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
      {t('selection.share', { span: formatSpan(from.start, to.end) })}
    </button>
  );
}
