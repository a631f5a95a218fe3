/**
 * A binary min-heap of (key, node) on typed arrays, with lazy deletion: a node may be pushed
 * several times and stale entries are skipped by the caller. Ties break by node index, so the
 * order is the same on every run.
 */
export class NodeHeap {
  private readonly keys: Float64Array;
  private readonly nodes: Int32Array;
  size = 0;
  /** The key of the node last returned by popNode. */
  poppedKey = 0;

  constructor(maxEntries: number) {
    this.keys = new Float64Array(maxEntries);
    this.nodes = new Int32Array(maxEntries);
  }

  clear(): void {
    this.size = 0;
  }

  private less(i: number, j: number): boolean {
    const ki = this.keys[i] as number;
    const kj = this.keys[j] as number;
    return ki < kj || (ki === kj && (this.nodes[i] as number) < (this.nodes[j] as number));
  }

  private swap(i: number, j: number): void {
    const k = this.keys[i] as number;
    this.keys[i] = this.keys[j] as number;
    this.keys[j] = k;
    const n = this.nodes[i] as number;
    this.nodes[i] = this.nodes[j] as number;
    this.nodes[j] = n;
  }

  push(key: number, node: number): void {
    let i = this.size++;
    this.keys[i] = key;
    this.nodes[i] = node;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.less(i, parent)) break;
      this.swap(i, parent);
      i = parent;
    }
  }

  /** Removes the smallest entry; its key is left in `poppedKey`. */
  popNode(): number {
    const node = this.nodes[0] as number;
    this.poppedKey = this.keys[0] as number;
    this.size--;
    if (this.size > 0) {
      this.keys[0] = this.keys[this.size] as number;
      this.nodes[0] = this.nodes[this.size] as number;
      let i = 0;
      for (;;) {
        const left = 2 * i + 1;
        const right = left + 1;
        let smallest = i;
        if (left < this.size && this.less(left, smallest)) smallest = left;
        if (right < this.size && this.less(right, smallest)) smallest = right;
        if (smallest === i) break;
        this.swap(i, smallest);
        i = smallest;
      }
    }
    return node;
  }
}
