import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RowOffsets } from '../../src/core/row-offsets';

/** The same answers the slow way, for comparison. */
function naive(sizes: number[]) {
  const startOf = (index: number) => sizes.slice(0, index).reduce((a, b) => a + b, 0);
  const indexAt = (offset: number) => {
    if (sizes.length === 0) return -1;
    let i = 0;
    while (i < sizes.length - 1 && startOf(i + 1) <= offset) i++;
    return i;
  };
  return { startOf, indexAt, total: () => startOf(sizes.length) };
}

const size = fc.integer({ min: 1, max: 400 });

describe('RowOffsets', () => {
  it('agrees with summing the heights, through any estimates and measurements', () => {
    fc.assert(
      fc.property(
        fc.array(size, { maxLength: 60 }),
        fc.array(fc.tuple(fc.nat(), size), { maxLength: 30 }),
        fc.array(fc.integer({ min: -100, max: 30_000 })),
        (estimates, measurements, offsets) => {
          const rows = new RowOffsets(estimates.length, (i) => estimates[i] as number);
          const sizes = [...estimates];
          for (const [at, height] of measurements) {
            if (sizes.length === 0) break;
            const index = at % sizes.length;
            expect(rows.set(index, height)).toBe(height - (sizes[index] as number));
            sizes[index] = height;
            expect(rows.isMeasured(index)).toBe(true);
          }
          const slow = naive(sizes);
          expect(rows.total).toBe(slow.total());
          for (let i = 0; i <= sizes.length; i++) expect(rows.startOf(i)).toBe(slow.startOf(i));
          for (const offset of offsets) expect(rows.indexAt(offset)).toBe(slow.indexAt(offset));
        },
      ),
    );
  });

  it('finds the row at the boundaries exactly', () => {
    const rows = new RowOffsets(4, () => 50);
    expect([0, 49.9, 50, 199, 200, 1e9].map((o) => rows.indexAt(o))).toEqual([0, 0, 1, 3, 3, 3]);
    expect(rows.indexAt(-5)).toBe(0);
    expect(new RowOffsets(0, () => 50).indexAt(0)).toBe(-1);
  });

  it('keeps 100,000 rows in typed arrays and answers in a few steps', () => {
    const rows = new RowOffsets(100_000, (i) => (i % 3 === 0 ? 68 : 44));
    rows.set(99_999, 500);
    expect(rows.startOf(99_999)).toBe(33_333 * 68 + 66_666 * 44);
    expect(rows.indexAt(rows.startOf(54_321) + 1)).toBe(54_321);
  });
});
