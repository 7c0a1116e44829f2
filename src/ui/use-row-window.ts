/**
 * Windowing for a long list of rows whose heights are only known once rendered: only the rows
 * near the viewport exist in the DOM. Heights start as estimates and are measured once by a
 * ResizeObserver; a Fenwick tree (RowOffsets) keeps every position O(log n) to update and read,
 * so neither scrolling nor measuring ever walks the whole list. When rows above the viewport
 * settle to their real height the scroll position moves with them, so what is on screen stays
 * put; a jump to a row keeps correcting itself until the rows around its target are measured.
 */
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { RowOffsets } from '../core/row-offsets';

export interface ScrollToRowOptions {
  /** center: the row's middle at the viewport's; auto: the least scroll that shows it whole. */
  align: 'center' | 'auto';
  behavior?: 'auto' | 'smooth';
}

export interface RowWindow {
  /** The rows to render, in order. */
  indexes: number[];
  /** Where the first of them starts: the rows below it follow in normal flow. */
  offsetTop: number;
  totalSize: number;
  /** Ref callback for each row element; the row carries its index in `indexAttribute`. */
  measureRef: (element: HTMLElement | null) => (() => void) | undefined;
  scrollToIndex(index: number, options: ScrollToRowOptions): void;
  /** The listener took over (wheel, touch, keys): a jump stops correcting itself. */
  cancelJump(): void;
}

interface Options {
  count: number;
  scrollRef: React.RefObject<HTMLElement | null>;
  estimateSize: (index: number) => number;
  /** Rows rendered beyond each edge of the viewport. */
  overscan: number;
  /** The attribute on each row element that holds its index. */
  indexAttribute: string;
}

/** How many rounds of measurement a jump keeps correcting itself for. */
const JUMP_CORRECTIONS = 12;

export function useRowWindow({
  count,
  scrollRef,
  estimateSize,
  overscan,
  indexAttribute,
}: Options): RowWindow {
  const offsets = useMemo(() => new RowOffsets(count, estimateSize), [count, estimateSize]);
  const [range, setRange] = useState({ first: 0, last: -1 });
  // Bumped after measurements move rows, so the window is positioned again.
  const [, setLayoutVersion] = useState(0);
  const jump = useRef<{ index: number; align: ScrollToRowOptions['align']; left: number } | null>(
    null,
  );
  const observerRef = useRef<ResizeObserver | null>(null);

  /** Shows the rows the viewport now covers; synchronously when answering a scroll. */
  const refresh = useCallback(
    (isSync: boolean): void => {
      const element = scrollRef.current;
      if (!element || offsets.count === 0) return;
      const { scrollTop, clientHeight } = element;
      const first = Math.max(0, offsets.indexAt(scrollTop) - overscan);
      const last = Math.min(
        offsets.count - 1,
        offsets.indexAt(scrollTop + clientHeight) + overscan,
      );
      const apply = (): void =>
        setRange((shown) =>
          shown.first === first && shown.last === last ? shown : { first, last },
        );
      if (isSync) flushSync(apply);
      else apply();
    },
    [scrollRef, offsets, overscan],
  );

  const targetOf = useCallback(
    (index: number, align: ScrollToRowOptions['align'], scrollTop: number, height: number) => {
      const start = offsets.startOf(index);
      const size = offsets.sizeOf(index);
      let target = scrollTop;
      if (align === 'center') target = start + size / 2 - height / 2;
      else if (start < scrollTop) target = start;
      else if (start + size > scrollTop + height) target = start + size - height;
      return Math.max(0, Math.min(target, offsets.total - height));
    },
    [offsets],
  );

  // Follow the scroll position and the viewport's size.
  useLayoutEffect(() => {
    const element = scrollRef.current;
    if (!element) return undefined;
    const onScroll = (): void => refresh(true);
    refresh(false);
    element.addEventListener('scroll', onScroll, { passive: true });
    const resize = typeof ResizeObserver === 'function' ? new ResizeObserver(onScroll) : null;
    resize?.observe(element);
    return () => {
      element.removeEventListener('scroll', onScroll);
      resize?.disconnect();
    };
  }, [scrollRef, refresh]);

  // Rows report their real height once, and again whenever it changes (a wrap at a new width).
  useEffect(() => {
    const element = scrollRef.current;
    if (typeof ResizeObserver !== 'function') return undefined;
    const observer = new ResizeObserver((entries) => {
      let anchorShift = 0;
      let changed = false;
      for (const entry of entries) {
        const row = entry.target as HTMLElement;
        const index = Number(row.getAttribute(indexAttribute));
        // A row taken out of the page reports a height of 0: that is not its height.
        if (!row.isConnected || !(index < offsets.count)) continue;
        const size = entry.borderBoxSize[0]?.blockSize ?? row.offsetHeight;
        const start = offsets.startOf(index);
        const before = offsets.sizeOf(index);
        const delta = offsets.set(index, size);
        if (delta === 0) continue;
        changed = true;
        // A row wholly above the viewport moved everything below it: move the view with it.
        if (element && start + before <= element.scrollTop) anchorShift += delta;
      }
      if (!changed || !element) return;
      const pending = jump.current;
      if (pending) {
        // A jump re-aims at its row, whose place moved as the rows around it were measured.
        pending.left -= 1;
        if (pending.left <= 0) jump.current = null;
        const target = targetOf(
          pending.index,
          pending.align,
          element.scrollTop,
          element.clientHeight,
        );
        if (Math.abs(element.scrollTop - target) >= 1) element.scrollTop = target;
      } else if (anchorShift !== 0) {
        element.scrollTop += anchorShift;
      }
      // One render for both: the rows now in view, placed at their measured offsets.
      flushSync(() => {
        refresh(false);
        setLayoutVersion((n) => n + 1);
      });
    });
    observerRef.current = observer;
    element
      ?.querySelectorAll(`[${indexAttribute}]`)
      .forEach((row) => observer.observe(row, { box: 'border-box' }));
    return () => {
      observer.disconnect();
      observerRef.current = null;
    };
  }, [scrollRef, offsets, indexAttribute, targetOf, refresh]);

  const measureRef = useCallback(
    (element: HTMLElement | null): (() => void) | undefined => {
      if (!element) return undefined;
      const observer = observerRef.current;
      if (observer) {
        observer.observe(element, { box: 'border-box' });
        // Rows scrolled away are let go: the observer only ever watches the rendered ones.
        return () => observer.unobserve(element);
      }
      if (typeof ResizeObserver !== 'function') {
        // No ResizeObserver (tests without layout): measure at once.
        const index = Number(element.getAttribute(indexAttribute));
        if (index < offsets.count) offsets.set(index, element.offsetHeight);
      }
      return undefined;
    },
    [offsets, indexAttribute],
  );

  const scrollToIndex = useCallback(
    (index: number, { align, behavior = 'auto' }: ScrollToRowOptions) => {
      const element = scrollRef.current;
      if (!element || index < 0 || index >= offsets.count) return;
      const target = targetOf(index, align, element.scrollTop, element.clientHeight);
      if (behavior === 'smooth') {
        jump.current = null;
        element.scrollTo({ top: target, behavior });
        return;
      }
      jump.current = { index, align, left: JUMP_CORRECTIONS };
      if (Math.abs(element.scrollTop - target) >= 1) element.scrollTop = target;
      refresh(false);
    },
    [scrollRef, offsets, targetOf, refresh],
  );

  const cancelJump = useCallback(() => {
    jump.current = null;
  }, []);

  // A new list starts from its estimates; a jump asked for before it does not carry over.
  useEffect(() => cancelJump, [offsets, cancelJump]);

  const first = Math.min(range.first, offsets.count);
  const last = Math.min(range.last, offsets.count - 1);
  const indexes: number[] = [];
  for (let index = first; index <= last; index++) indexes.push(index);
  return {
    indexes,
    offsetTop: last >= first ? offsets.startOf(first) : 0,
    totalSize: offsets.total,
    measureRef,
    scrollToIndex,
    cancelJump,
  };
}
