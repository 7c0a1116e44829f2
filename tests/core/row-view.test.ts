import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RowOffsets } from '../../src/core/row-offsets';
import { isRowInView, rowsCoverView, scrollTargetFor } from '../../src/core/row-view';

/** Rows of the given heights, all measured. */
function rows(sizes: number[]): RowOffsets {
  return new RowOffsets(sizes.length, (i) => sizes[i] as number);
}

// Ten rows of 50 px: 500 px in all, seen through a 120 px view.
const ten = rows(Array.from({ length: 10 }, () => 50));
const height = 120;

describe('scrollTargetFor', () => {
  it('centres the row for "center"', () => {
    expect(scrollTargetFor(ten, 5, 'center', { top: 0, height })).toBe(250 + 25 - 60);
  });

  it('moves the least for "auto": the row at the top when above, at the bottom when below', () => {
    expect(scrollTargetFor(ten, 1, 'auto', { top: 200, height })).toBe(50);
    expect(scrollTargetFor(ten, 6, 'auto', { top: 200, height })).toBe(350 - 120);
    expect(scrollTargetFor(ten, 4, 'auto', { top: 200, height })).toBe(200);
  });

  it('leaves a row shown whole where it is for "reveal", and centres one that is not', () => {
    expect(scrollTargetFor(ten, 4, 'reveal', { top: 200, height })).toBe(200);
    // Row 6 (300–350 px) is cut by the view's bottom (320 px).
    expect(scrollTargetFor(ten, 6, 'reveal', { top: 200, height })).toBe(325 - 60);
  });

  it('never goes past either end of the list', () => {
    expect(scrollTargetFor(ten, 0, 'center', { top: 100, height })).toBe(0);
    expect(scrollTargetFor(ten, 9, 'center', { top: 0, height })).toBe(500 - 120);
  });

  it('for any rows and view, shows the row it aims at (whole when it fits)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 300 }), { minLength: 1, maxLength: 40 }),
        fc.nat(),
        fc.nat({ max: 20_000 }),
        fc.integer({ min: 1, max: 600 }),
        fc.constantFrom('center' as const, 'auto' as const, 'reveal' as const),
        (sizes, pick, top, viewHeight, align) => {
          const offsets = rows(sizes);
          const index = pick % sizes.length;
          const target = scrollTargetFor(offsets, index, align, { top, height: viewHeight });
          expect(target).toBeGreaterThanOrEqual(0);
          expect(target).toBeLessThanOrEqual(Math.max(0, offsets.total - viewHeight));
          // A list shorter than its view cannot scroll to show a row anywhere but where it is.
          if (offsets.total > viewHeight) {
            expect(isRowInView(offsets, index, { top: target, height: viewHeight })).toBe(true);
          }
        },
      ),
    );
  });
});

describe('isRowInView', () => {
  it('is true for a row inside the view, to a pixel, and false for one cut by an edge', () => {
    expect(isRowInView(ten, 4, { top: 200, height })).toBe(true);
    expect(isRowInView(ten, 4, { top: 201, height })).toBe(true);
    expect(isRowInView(ten, 4, { top: 202, height })).toBe(false);
    expect(isRowInView(ten, 6, { top: 200, height })).toBe(false);
  });

  it('takes a row taller than the view as in view when it fills the view', () => {
    const tall = rows([50, 400, 50]);
    expect(isRowInView(tall, 1, { top: 100, height })).toBe(true);
    expect(isRowInView(tall, 1, { top: 20, height })).toBe(false);
  });
});

describe('rowsCoverView', () => {
  it('is true when the rows reach from the top of the view to its bottom', () => {
    // Rows 4–6 span 200–350 px.
    expect(rowsCoverView(ten, 4, 6, { top: 200, height })).toBe(true);
    expect(rowsCoverView(ten, 4, 6, { top: 199, height })).toBe(false);
    expect(rowsCoverView(ten, 4, 6, { top: 231, height })).toBe(false);
    expect(rowsCoverView(ten, 5, 4, { top: 200, height })).toBe(false);
  });

  it('counts rows past the end of the list as the last row', () => {
    expect(rowsCoverView(ten, 8, 12, { top: 400, height: 100 })).toBe(true);
  });
});
