/**
 * Windowing for a long list of rows whose heights are only known once rendered: only the rows
 * near the viewport exist in the DOM. Heights start as estimates and are measured by a
 * ResizeObserver whenever a rendered row changes size; a Fenwick tree (RowOffsets) keeps every
 * position O(log n) to update and read, so neither scrolling nor measuring ever walks the whole
 * list. When rows above the viewport settle to their real height the scroll position moves with
 * them (summed over a batch, a row straddling the top edge counted by its start), so what is on
 * screen stays put. A row scrolled to is pinned: the view re-aims at it until a frame passes with
 * nothing moving, and brings it back whenever it drifts out of view, until the listener takes
 * over. A list that grows keeps its measured rows; a change of width estimates again. While the
 * view leaps (a fast scroll, a jump) only the rows in view are built; the overscan returns once
 * it stays put.
 */
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { RowOffsets } from '../core/row-offsets';
import {
  isRowInView,
  rowsCoverView,
  scrollTargetFor,
  type RowAlign,
  type View,
} from '../core/row-view';
import { QuietTimer } from '../state/when-quiet';

export interface ScrollToRowOptions {
  align: RowAlign;
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
  /** The listener took over (wheel, touch, keys): the pinned row is let go. */
  cancelJump(): void;
}

const viewOf = (element: HTMLElement): View => ({
  top: element.scrollTop,
  height: element.clientHeight,
});

/** How long the view stays put after a leap before the rows beyond its edges are added. */
export const LEAP_SETTLE_MS = 120;

interface Options {
  count: number;
  scrollRef: React.RefObject<HTMLElement | null>;
  /** A row's height before it is measured, for a list `widthPx` wide. */
  estimateSize: (index: number, widthPx: number) => number;
  /** How many leading rows are the same rows as before a change of `count` (their heights stay). */
  carriedRows?: number;
  /** Rows rendered beyond each edge of the viewport. */
  overscan: number;
  /** The attribute on each row element that holds its index. */
  indexAttribute: string;
}

/** A row the view keeps in sight: exactly aimed at while landing, then brought back if it drifts. */
interface Pin {
  index: number;
  align: ScrollToRowOptions['align'];
  /** Still settling: re-aimed exactly after every measurement, until a quiet frame. */
  isLanding: boolean;
  /** A smooth scroll is under way: writing scrollTop would stop it, so wait for its end. */
  isSmooth: boolean;
}

export function useRowWindow({
  count,
  scrollRef,
  estimateSize,
  carriedRows = 0,
  overscan,
  indexAttribute,
}: Options): RowWindow {
  // The list's width, for the estimates (0 until the size observer first reports it).
  const [width, setWidthPx] = useState(0);
  // The rows' heights, rebuilt when the rows or the width change. Measured heights hold for
  // the same rows at the same width, so a list that grows keeps them.
  const [layout, setLayout] = useState(() => ({
    count,
    estimateSize,
    width,
    offsets: new RowOffsets(count, (index) => estimateSize(index, width)),
  }));
  let { offsets } = layout;
  if (layout.count !== count || layout.estimateSize !== estimateSize || layout.width !== width) {
    const isSameWidth = layout.width === width;
    offsets = new RowOffsets(
      count,
      (index) => estimateSize(index, width),
      isSameWidth ? layout.offsets : undefined,
      isSameWidth ? carriedRows : 0,
    );
    setLayout({ count, estimateSize, width, offsets });
  }
  const [shownRows, setShownRows] = useState({ first: 0, last: -1 });
  // The rows on the page, for the size observer (which runs between renders).
  const shownRef = useRef(shownRows);
  useLayoutEffect(() => {
    shownRef.current = shownRows;
  });
  // Bumped after measurements move rows, so the window is positioned again.
  const [, setLayoutVersion] = useState(0);
  const pin = useRef<Pin | null>(null);
  const observerRef = useRef<ResizeObserver | null>(null);

  // After a leap the rows beyond the edges are added once the view has stayed put a moment.
  const [leapSettle] = useState(() => new QuietTimer(LEAP_SETTLE_MS));

  /**
   * Shows the rows the viewport now covers; synchronously when answering a scroll. A leap (none
   * of the rows on the page still in view: a fast scroll, a jump) shows only the rows in view:
   * the next frame is likely another leap, so rows beyond the edges would be built for nothing.
   */
  const refresh = useCallback(
    (isSync: boolean): void => {
      const element = scrollRef.current;
      if (!element || offsets.count === 0) return;
      const { scrollTop, clientHeight } = element;
      const firstInView = offsets.indexAt(scrollTop);
      const lastInView = offsets.indexAt(scrollTop + clientHeight);
      const shown = shownRef.current;
      const isLeap =
        shown.last >= shown.first && (firstInView > shown.last || lastInView < shown.first);
      if (isLeap) leapSettle.poke();
      // Until the leaps stop, only the rows in view.
      const extra = leapSettle.isWaiting ? 0 : overscan;
      const first = Math.max(0, firstInView - extra);
      const last = Math.min(offsets.count - 1, lastInView + extra);
      const apply = (): void =>
        setShownRows((shown) =>
          shown.first === first && shown.last === last ? shown : { first, last },
        );
      if (isSync) flushSync(apply);
      else apply();
    },
    [scrollRef, offsets, overscan, leapSettle],
  );
  useLayoutEffect(
    () =>
      leapSettle.listen(() => {
        // The rows beyond the edges, and the heights measured during the leaps.
        refresh(false);
        setLayoutVersion((n) => n + 1);
      }),
    [leapSettle, refresh],
  );
  useEffect(() => () => leapSettle.cancel(), [leapSettle]);

  /** Whether the rows on the page reach from the view's top to its bottom, as now measured. */
  const coversView = useCallback(
    (element: HTMLElement): boolean => {
      const { first, last } = shownRef.current;
      return rowsCoverView(offsets, first, last, viewOf(element));
    },
    [offsets],
  );

  /** Keeps the pinned row in sight: exactly aimed while it lands, brought back when it drifts. */
  const aimAtPin = useCallback(
    (element: HTMLElement): void => {
      const pinned = pin.current;
      if (!pinned || pinned.isSmooth || pinned.index >= offsets.count) return;
      const view = viewOf(element);
      if (!pinned.isLanding && isRowInView(offsets, pinned.index, view)) return;
      const target = scrollTargetFor(offsets, pinned.index, pinned.align, view);
      if (Math.abs(element.scrollTop - target) >= 1) element.scrollTop = target;
    },
    [offsets],
  );

  // A landing pin is done when a frame passes with nothing measured (not after a set count).
  const landingFrame = useRef<number | null>(null);
  const settleLanding = useCallback((): void => {
    if (landingFrame.current !== null) cancelAnimationFrame(landingFrame.current);
    landingFrame.current = requestAnimationFrame(() => {
      landingFrame.current = requestAnimationFrame(() => {
        landingFrame.current = null;
        if (pin.current) pin.current.isLanding = false;
      });
    });
  }, []);
  useEffect(
    () => () => {
      if (landingFrame.current !== null) cancelAnimationFrame(landingFrame.current);
    },
    [],
  );

  // Follow the scroll position and the viewport's size; a change of width re-estimates the rows.
  useLayoutEffect(() => {
    const element = scrollRef.current;
    if (!element) return undefined;
    // Answered in the frame's animation callbacks, where the position is the one painted: a
    // script may still move the view after the scroll event and before the paint (a scroll set
    // in an animation frame, a pinned row re-aimed), and rows built for the position the event
    // saw would never be seen. The callback still runs before this frame's paint.
    let frame: number | null = null;
    const onScroll = (): void => {
      frame ??= requestAnimationFrame(() => {
        frame = null;
        refresh(true);
      });
    };
    const onScrollEnd = (): void => {
      if (pin.current?.isSmooth) pin.current.isSmooth = false;
      aimAtPin(element);
    };
    const onResize = (): void => {
      setWidthPx(element.clientWidth);
      refresh(true);
      aimAtPin(element);
    };
    refresh(false);
    element.addEventListener('scroll', onScroll, { passive: true });
    element.addEventListener('scrollend', onScrollEnd);
    const resize = typeof ResizeObserver === 'function' ? new ResizeObserver(onResize) : null;
    resize?.observe(element);
    return () => {
      if (frame !== null) cancelAnimationFrame(frame);
      element.removeEventListener('scroll', onScroll);
      element.removeEventListener('scrollend', onScrollEnd);
      resize?.disconnect();
    };
  }, [scrollRef, refresh, aimAtPin]);

  // Rows report their real height once, and again whenever it changes (a wrap at a new width).
  useEffect(() => {
    const element = scrollRef.current;
    if (typeof ResizeObserver !== 'function') return undefined;
    const observer = new ResizeObserver((entries) => {
      // Shifts of rows above the viewport, summed over the batch: each is compared with the view
      // as the shifts before it in the batch have already moved it.
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
        const wasMeasured = offsets.isMeasured(index);
        const delta = offsets.set(index, size);
        if (delta === 0) continue;
        changed = true;
        if (!element) continue;
        const top = element.scrollTop + anchorShift;
        // A row measured for the first time counts by its start (one straddling the top edge
        // grows downwards from above it); a row measured before, by its end.
        const isAbove = wasMeasured ? start + before <= top : start < top;
        if (isAbove) anchorShift += delta;
      }
      if (!changed || !element) return;
      const pinned = pin.current;
      if (!pinned) {
        // What is on screen stays put: rows measured above it move the view down with them.
        if (anchorShift !== 0) element.scrollTop += anchorShift;
      } else if (!pinned.isSmooth) {
        // A pinned row re-aims; its place moved as the rows around it were measured.
        aimAtPin(element);
        if (pinned.isLanding) settleLanding();
      }
      const isPinInSight =
        !pinned || (!pinned.isSmooth && isRowInView(offsets, pinned.index, viewOf(element)));
      if (isPinInSight && coversView(element)) {
        // The rows on the page still fill the view (a pinned row in sight among them: the line
        // followed, grown by its actions): they flow into their new places, and the list's
        // height and the rows' range can wait for the next render instead of delaying this
        // frame; while the view leaps unpinned, until it settles (a render between two leaps
        // would only delay the next one; a pinned view makes no more leaps).
        if (pinned || !leapSettle.isWaiting) setLayoutVersion((n) => n + 1);
        return;
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
  }, [
    scrollRef,
    offsets,
    indexAttribute,
    aimAtPin,
    settleLanding,
    refresh,
    coversView,
    leapSettle,
  ]);

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
      const target = scrollTargetFor(offsets, index, align, viewOf(element));
      const isSmooth = behavior === 'smooth' && Math.abs(element.scrollTop - target) >= 1;
      pin.current = { index, align, isLanding: !isSmooth, isSmooth };
      if (isSmooth) {
        element.scrollTo({ top: target, behavior });
        return;
      }
      if (Math.abs(element.scrollTop - target) >= 1) element.scrollTop = target;
      settleLanding();
      refresh(false);
    },
    [scrollRef, offsets, refresh, settleLanding],
  );

  const cancelJump = useCallback(() => {
    pin.current = null;
  }, []);

  // A new list is positioned by its owner; a pin into the old one does not carry over.
  useEffect(() => cancelJump, [count, estimateSize, cancelJump]);

  const first = Math.min(shownRows.first, offsets.count);
  const last = Math.min(shownRows.last, offsets.count - 1);
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
