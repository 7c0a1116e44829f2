import { act, render } from '@testing-library/react';
import { useCallback, useEffect, useRef } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LEAP_SETTLE_MS, useRowWindow, type RowWindow } from '../../src/ui/use-row-window';
import { VIEWPORT_PX } from '../setup';

/** A ResizeObserver that reports sizes only when the test says so. */
class FakeResizeObserver {
  static instances: FakeResizeObserver[] = [];
  readonly observed = new Set<Element>();
  constructor(private readonly callback: ResizeObserverCallback) {
    FakeResizeObserver.instances.push(this);
  }
  observe(element: Element) {
    this.observed.add(element);
  }
  unobserve(element: Element) {
    this.observed.delete(element);
  }
  disconnect() {
    this.observed.clear();
  }
  /** Reports elements at new heights, whether observed or not (as for a removed element). */
  report(sizes: Array<[Element, number]>) {
    const entries = sizes.map(([target, blockSize]) => ({
      target,
      borderBoxSize: [{ blockSize }],
    }));
    this.callback(entries as unknown as ResizeObserverEntry[], this as unknown as ResizeObserver);
  }

  /** Reports rows (by index) at new heights. */
  resize(sizes: Record<number, number>) {
    const entries = [...this.observed]
      .filter((e) => e.getAttribute('data-cue-index') !== null)
      .filter((e) => Number(e.getAttribute('data-cue-index')) in sizes)
      .map((target) => ({
        target,
        borderBoxSize: [{ blockSize: sizes[Number(target.getAttribute('data-cue-index'))] }],
      }));
    this.callback(entries as unknown as ResizeObserverEntry[], this as unknown as ResizeObserver);
  }
}

const rowObserver = () =>
  FakeResizeObserver.instances.find((o) =>
    [...o.observed].some((e) => e.hasAttribute('data-cue-index')),
  ) as FakeResizeObserver;

function List({
  count,
  carriedRows = 0,
  onWindow,
}: {
  count: number;
  carriedRows?: number;
  onWindow: (w: RowWindow) => void;
}) {
  const scrollRef = useRef<HTMLDivElement>(null);
  // Wide lists wrap less: rows are estimated shorter.
  const estimateSize = useCallback(
    (_index: number, widthPx: number) => (widthPx > 1000 ? 30 : 50),
    [],
  );
  const rows = useRowWindow({
    count,
    scrollRef,
    estimateSize,
    carriedRows,
    overscan: 2,
    indexAttribute: 'data-cue-index',
  });
  useEffect(() => {
    onWindow(rows);
  });
  return (
    <div ref={scrollRef} className="transcript-scroller">
      <div style={{ height: rows.totalSize }}>
        {rows.indexes.map((index) => (
          <div key={index} data-cue-index={index} ref={rows.measureRef}>
            row {index}
          </div>
        ))}
      </div>
    </div>
  );
}

function setUp(count = 10_000, onRender: (w: RowWindow) => void = () => undefined) {
  let latest: RowWindow | null = null;
  const onWindow = (w: RowWindow) => {
    latest = w;
    onRender(w);
  };
  const view = render(<List count={count} onWindow={onWindow} />);
  const scroller = view.container.querySelector('.transcript-scroller') as HTMLElement;
  const rendered = () =>
    [...view.container.querySelectorAll('[data-cue-index]')].map((e) =>
      Number(e.getAttribute('data-cue-index')),
    );
  return {
    scroller,
    rendered,
    window: () => latest as unknown as RowWindow,
    /** The same list with another count, its first `carriedRows` rows the same rows. */
    grow: (next: number, carriedRows: number) =>
      view.rerender(<List count={next} carriedRows={carriedRows} onWindow={onWindow} />),
  };
}

/** The view stays put after a leap: the rows beyond its edges are added. */
function settleLeap() {
  act(() => vi.advanceTimersByTime(LEAP_SETTLE_MS));
}

/** Jumps to row 200 centred (top at 9785 px), lets go of it, then puts the top at `top`. */
function settledAt(top: number) {
  const setup = setUp();
  act(() => setup.window().scrollToIndex(200, { align: 'center' }));
  settleLeap();
  act(() => setup.window().cancelJump());
  setup.scroller.scrollTop = top;
  return setup;
}

describe('useRowWindow', () => {
  const original = globalThis.ResizeObserver;
  beforeEach(() => {
    FakeResizeObserver.instances = [];
    globalThis.ResizeObserver = FakeResizeObserver as unknown as typeof ResizeObserver;
    vi.useFakeTimers({
      toFake: [
        'setTimeout',
        'clearTimeout',
        'performance',
        'requestAnimationFrame',
        'cancelAnimationFrame',
      ],
    });
  });
  afterEach(() => {
    globalThis.ResizeObserver = original;
    vi.useRealTimers();
  });

  it('renders only the rows that cover the viewport, plus the overscan', () => {
    const { rendered, window } = setUp();
    // Rows 0–9 cover the 480 px viewport; two more below it.
    const visible = Math.floor(VIEWPORT_PX / 50) + 1;
    expect(rendered()).toEqual(Array.from({ length: visible + 2 }, (_, i) => i));
    expect(window().totalSize).toBe(500_000);
  });

  it('jumps to a far row, centred, and renders the rows around it', () => {
    const { scroller, rendered, window } = setUp();
    act(() => window().scrollToIndex(5000, { align: 'center' }));
    expect(scroller.scrollTop).toBe(5000 * 50 + 25 - VIEWPORT_PX / 2);
    expect(rendered()).toContain(5000);
    expect(rendered().length).toBeLessThan(20);
  });

  it('"reveal" leaves a row shown whole where it is, and centres one that is not', () => {
    const { scroller, window } = setUp();
    act(() => window().scrollToIndex(3, { align: 'reveal' }));
    expect(scroller.scrollTop).toBe(0);
    act(() => window().scrollToIndex(5000, { align: 'reveal' }));
    expect(scroller.scrollTop).toBe(5000 * 50 + 25 - VIEWPORT_PX / 2);
    // Now shown whole: a second reveal does not move it.
    act(() => window().scrollToIndex(5001, { align: 'reveal' }));
    expect(scroller.scrollTop).toBe(5000 * 50 + 25 - VIEWPORT_PX / 2);
  });

  it('re-aims a jump when the rows before its target turn out taller than estimated', () => {
    const { scroller, rendered, window } = setUp();
    act(() => window().scrollToIndex(5000, { align: 'center' }));
    const before = rendered().filter((i) => i < 5000);
    act(() => rowObserver().resize(Object.fromEntries(before.map((i) => [i, 100]))));
    expect(scroller.scrollTop).toBe(5000 * 50 + before.length * 50 + 25 - VIEWPORT_PX / 2);
  });

  it('lets go of rows that leave the page, and takes no height from a removed row', () => {
    const { rendered, window } = setUp();
    const firstRow = document.querySelector('[data-cue-index="0"]') as Element;
    act(() => window().scrollToIndex(5000, { align: 'center' }));
    const observer = rowObserver();
    expect(firstRow.isConnected).toBe(false);
    expect(observer.observed.has(firstRow)).toBe(false);
    expect(observer.observed.size).toBe(rendered().length);
    // Browsers report an element taken out of the page at 0 px.
    act(() => observer.report([[firstRow, 0]]));
    expect(window().totalSize).toBe(500_000);
  });

  it('after a leap renders only the rows in view, and the overscan once the view stays put', () => {
    const { scroller, rendered, window } = setUp();
    // Rows 0–9 cover the viewport: none of them is in view at row 5000.
    act(() => window().scrollToIndex(5000, { align: 'center' }));
    const top = scroller.scrollTop;
    const inView = (index: number) => index * 50 + 50 > top && index * 50 < top + VIEWPORT_PX;
    expect(rendered().every(inView)).toBe(true);
    expect(rendered()).toContain(5000);
    // Leaping on, frame after frame (a fast scroll): still only the rows in view.
    for (let frame = 1; frame <= 5; frame++) {
      scroller.scrollTop = top + frame * 10_000;
      act(() => {
        scroller.dispatchEvent(new Event('scroll'));
        vi.advanceTimersToNextFrame();
      });
      const frameTop = scroller.scrollTop;
      expect(
        rendered().every((i) => i * 50 + 50 > frameTop && i * 50 < frameTop + VIEWPORT_PX),
      ).toBe(true);
    }
    // The last leap was answered in the frame just drawn.
    const landed = scroller.scrollTop / 50;
    act(() => vi.advanceTimersByTime(LEAP_SETTLE_MS - 1));
    expect(rendered()[0]).toBe(Math.floor(landed));
    act(() => vi.advanceTimersByTime(1));
    expect(rendered()[0]).toBe(Math.floor(landed) - 2);
    expect(rendered().at(-1)).toBe(Math.floor(landed + VIEWPORT_PX / 50) + 2);
  });

  it('keeps the overscan on a scroll that is not a leap', () => {
    const { scroller, rendered } = setUp();
    scroller.scrollTop = 120;
    act(() => {
      scroller.dispatchEvent(new Event('scroll'));
      vi.advanceTimersToNextFrame();
    });
    // Rows 2–11 are in view at 120 px: two more on each side, in the same frame.
    expect(rendered()[0]).toBe(0);
    expect(rendered().at(-1)).toBe(Math.floor((120 + VIEWPORT_PX) / 50) + 2);
  });

  it('builds the rows of a scroll for where the view is when the frame is drawn', () => {
    const built = new Set<number>();
    const { scroller, rendered } = setUp(10_000, (w) => w.indexes.forEach((i) => built.add(i)));
    scroller.scrollTop = 100_000;
    act(() => {
      scroller.dispatchEvent(new Event('scroll'));
      // Moved again before the frame (by a script in an animation frame): its scroll event
      // comes with the next frame.
      scroller.scrollTop = 200_000;
      vi.advanceTimersToNextFrame();
    });
    expect(rendered()).toContain(4000);
    // The rows at 100,000 px (row 2000 on) were never built.
    expect([...built].filter((i) => i >= 1990 && i < 2020)).toEqual([]);
  });

  it('while the view leaps, takes the heights measured in view into the list once it settles', () => {
    const { scroller, rendered, window } = setUp();
    act(() => window().scrollToIndex(5000, { align: 'center' }));
    act(() => window().cancelJump());
    scroller.scrollTop += 10_000;
    act(() => {
      scroller.dispatchEvent(new Event('scroll'));
      vi.advanceTimersToNextFrame();
    });
    // The rows on the page grow by 10 px each and still fill the view: no render for that alone.
    const grown = rendered();
    act(() => rowObserver().resize(Object.fromEntries(grown.map((i) => [i, 60]))));
    expect(window().totalSize).toBe(500_000);
    settleLeap();
    expect(window().totalSize).toBe(500_000 + grown.length * 10);
  });

  it('keeps what is on screen in place when a row above the viewport settles', () => {
    const { scroller, rendered, window } = setUp();
    act(() => window().scrollToIndex(200, { align: 'center' }));
    settleLeap();
    act(() => window().cancelJump());
    const top = scroller.scrollTop;
    const above = rendered()[0] as number;
    expect(above * 50 + 50).toBeLessThanOrEqual(top);
    act(() => rowObserver().resize({ [above]: 80 }));
    expect(scroller.scrollTop).toBe(top + 30);
    // A row below the top of the viewport changes nothing above it.
    act(() => rowObserver().resize({ 205: 90 }));
    expect(scroller.scrollTop).toBe(top + 30);
    expect(window().totalSize).toBe(500_000 + 30 + 40);
  });

  it('sums the shifts of several rows above the viewport settling in one batch', () => {
    // Rows 193 (9650–9700) and 194 (9700–9750) are above the top at 9760; each grows by 30.
    const { scroller } = settledAt(9760);
    act(() => rowObserver().resize({ 193: 80, 194: 80 }));
    expect(scroller.scrollTop).toBe(9820);
  });

  it('counts a row first measured while straddling the top edge by its start', () => {
    // Row 195 spans 9750–9800 across the top at 9760: what is below it must not move.
    const { scroller } = settledAt(9760);
    act(() => rowObserver().resize({ 195: 100 }));
    expect(scroller.scrollTop).toBe(9810);
    // Measured again, it counts by its end, which is below the top now: nothing moves.
    act(() => rowObserver().resize({ 195: 120 }));
    expect(scroller.scrollTop).toBe(9810);
  });

  it('keeps the measured heights of the rows a growing list shares with the old one', () => {
    const { window, grow } = setUp(100);
    act(() => rowObserver().resize({ 0: 100, 1: 100 }));
    expect(window().totalSize).toBe(100 * 50 + 100);
    grow(10_000, 100);
    expect(window().totalSize).toBe(10_000 * 50 + 100);
    // Other rows (another transcript): estimates again.
    grow(5_000, 0);
    expect(window().totalSize).toBe(5_000 * 50);
  });

  it('estimates again when the list changes width (a rotation, a resize, a zoom)', () => {
    const { scroller, window } = setUp(1_000);
    act(() => rowObserver().resize({ 0: 100 }));
    expect(window().totalSize).toBe(1_000 * 50 + 50);
    const scrollerObserver = FakeResizeObserver.instances.find((o) =>
      o.observed.has(scroller),
    ) as FakeResizeObserver;
    Object.defineProperty(scroller, 'clientWidth', { configurable: true, value: 1200 });
    act(() => scrollerObserver.report([[scroller, VIEWPORT_PX]]));
    expect(window().totalSize).toBe(1_000 * 30);
  });

  it('a followed row that grows stays aimed, and the list takes its height after the frame', () => {
    const { scroller, window } = setUp();
    act(() => window().scrollToIndex(5000, { align: 'center' }));
    const sizer = scroller.firstElementChild as HTMLElement;
    expect(sizer.style.height).toBe('500000px');
    act(() => {
      // The line becomes current and its actions appear: 44 px more.
      rowObserver().resize({ 5000: 94 });
      // Re-aimed at once, with no render of the list in the observer's callback.
      expect(scroller.scrollTop).toBe(5000 * 50 + 94 / 2 - VIEWPORT_PX / 2);
      expect(sizer.style.height).toBe('500000px');
    });
    expect(sizer.style.height).toBe('500044px');
  });

  it('a jump keeps re-aiming until it has landed, however many batches that takes', () => {
    const { scroller, window } = setUp();
    act(() => window().scrollToIndex(5000, { align: 'center' }));
    // Rows on screen above the target keep settling, batch after batch, in the same frame.
    for (let batch = 1; batch <= 20; batch++) {
      act(() => rowObserver().resize({ 4996: 50 + batch, 4997: 50 + batch }));
    }
    expect(scroller.scrollTop).toBe(5000 * 50 + 2 * 20 + 25 - VIEWPORT_PX / 2);
  });
});
