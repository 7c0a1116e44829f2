/**
 * Where each row of a long list starts, when row heights are estimated first and measured later.
 * A Fenwick tree over the heights makes a measurement, a row's start and the row at an offset
 * all O(log n): a 100,000-row list never recomputes every position because one row was measured.
 */
export class RowOffsets {
  readonly count: number;
  private readonly sizes: Float64Array;
  /** Fenwick tree, 1-based: tree[i] holds the sum of sizes (i - lowbit(i), i]. */
  private readonly tree: Float64Array;
  private totalSize = 0;
  private readonly measured: Uint8Array;

  /**
   * Builds the tree from estimates in O(n). The first `carried` rows keep the heights measured in
   * `previous` (the same rows, in a list that grew: a transcript's first lines, then the whole).
   */
  constructor(
    count: number,
    estimate: (index: number) => number,
    previous?: RowOffsets,
    carried = 0,
  ) {
    this.count = count;
    this.sizes = new Float64Array(count);
    this.tree = new Float64Array(count + 1);
    this.measured = new Uint8Array(count);
    const kept = previous ? Math.min(carried, previous.count, count) : 0;
    for (let i = 0; i < count; i++) {
      const isKept = i < kept && (previous as RowOffsets).isMeasured(i);
      if (isKept) this.measured[i] = 1;
      const size = isKept ? (previous as RowOffsets).sizeOf(i) : estimate(i);
      this.sizes[i] = size;
      this.totalSize += size;
      const node = i + 1;
      this.tree[node] = (this.tree[node] as number) + size;
      const parent = node + (node & -node);
      if (parent <= count)
        this.tree[parent] = (this.tree[parent] as number) + (this.tree[node] as number);
    }
  }

  get total(): number {
    return this.totalSize;
  }

  sizeOf(index: number): number {
    return this.sizes[index] as number;
  }

  isMeasured(index: number): boolean {
    return this.measured[index] === 1;
  }

  /** Records a row's real height; returns how much it changed. */
  set(index: number, size: number): number {
    this.measured[index] = 1;
    const delta = size - (this.sizes[index] as number);
    if (delta === 0) return 0;
    this.sizes[index] = size;
    this.totalSize += delta;
    for (let node = index + 1; node <= this.count; node += node & -node) {
      this.tree[node] = (this.tree[node] as number) + delta;
    }
    return delta;
  }

  /** The offset at which row `index` starts: the sum of the heights before it. */
  startOf(index: number): number {
    let sum = 0;
    for (let node = Math.min(index, this.count); node > 0; node -= node & -node) {
      sum += this.tree[node] as number;
    }
    return sum;
  }

  /** The row that covers `offset` (the first row for offsets before 0, the last past the end). */
  indexAt(offset: number): number {
    if (this.count === 0) return -1;
    // Walk down the tree: the largest prefix of rows whose heights sum to at most `offset`.
    let node = 0;
    let remaining = offset;
    for (let step = 2 ** Math.floor(Math.log2(this.count)); step > 0; step >>= 1) {
      const next = node + step;
      if (next <= this.count && (this.tree[next] as number) <= remaining) {
        node = next;
        remaining -= this.tree[next] as number;
      }
    }
    return Math.min(node, this.count - 1);
  }
}
