/**
 * Where a long list's view must be to show a row, and what it shows now: plain arithmetic on the
 * rows' offsets (RowOffsets) and a view given by its top and height, no DOM.
 */
import type { RowOffsets } from './row-offsets';

/** A view onto the list: its scroll position and its height, in px. */
export interface View {
  top: number;
  height: number;
}

/**
 * center: the row's middle at the view's; auto: the least scroll that shows it whole;
 * reveal: no scroll when it is shown whole already, else centred.
 */
export type RowAlign = 'center' | 'auto' | 'reveal';

/** The scroll position that shows row `index` as `align` asks, within the list's bounds. */
export function scrollTargetFor(
  offsets: RowOffsets,
  index: number,
  align: RowAlign,
  { top, height }: View,
): number {
  const start = offsets.startOf(index);
  const size = offsets.sizeOf(index);
  const isShown = start >= top && start + size <= top + height;
  let target = top;
  if (align === 'center' || (align === 'reveal' && !isShown)) {
    target = start + size / 2 - height / 2;
  } else if (align === 'auto') {
    if (start < top) target = start;
    else if (start + size > top + height) target = start + size - height;
  }
  return Math.max(0, Math.min(target, offsets.total - height));
}

/** Whether row `index` is within the view (whole, or filling it when taller), to a pixel. */
export function isRowInView(offsets: RowOffsets, index: number, { top, height }: View): boolean {
  const start = offsets.startOf(index);
  const end = start + offsets.sizeOf(index);
  const bottom = top + height;
  return end - start > height
    ? start <= top + 1 && end >= bottom - 1
    : start >= top - 1 && end <= bottom + 1;
}

/** Whether rows `first` to `last` reach from the view's top to its bottom. */
export function rowsCoverView(
  offsets: RowOffsets,
  first: number,
  last: number,
  { top, height }: View,
): boolean {
  if (last < first) return false;
  const end = Math.min(last, offsets.count - 1);
  return (
    offsets.startOf(first) <= top && offsets.startOf(end) + offsets.sizeOf(end) >= top + height
  );
}
