/**
 * A residual flow network on typed arrays, in compressed (CSR) order: the residual arcs leaving
 * node v are slots start[v] … start[v + 1] - 1, side by side, so solvers read them in sequence.
 * Every added arc has a forward slot (its capacity) and a reverse slot (capacity 0 until flow is
 * pushed), each the other's `mate`. The tail of slot a is `head[mate[a]]`.
 */
export type FlowNetwork = {
  nodeCount: number;
  /** Residual arcs (slots): twice the arcs added. */
  arcCount: number;
  start: Int32Array;
  head: Int32Array;
  residual: Int32Array;
  cost: Float64Array;
  mate: Int32Array;
  /** The forward slot of the k-th arc added. */
  forward: Int32Array;
};

/** Collects arcs, then freezes them into a FlowNetwork. */
export class FlowNetworkBuilder {
  private readonly from: Int32Array;
  private readonly to: Int32Array;
  private readonly capacity: Int32Array;
  private readonly cost: Float64Array;
  private count = 0;
  readonly nodeCount: number;

  constructor(nodeCount: number, maxArcs: number) {
    this.nodeCount = nodeCount;
    this.from = new Int32Array(maxArcs);
    this.to = new Int32Array(maxArcs);
    this.capacity = new Int32Array(maxArcs);
    this.cost = new Float64Array(maxArcs);
  }

  /** Adds an arc and returns its index k (its forward slot is `forward[k]` once built). */
  addArc(from: number, to: number, capacity: number, cost: number): number {
    const k = this.count++;
    this.from[k] = from;
    this.to[k] = to;
    this.capacity[k] = capacity;
    this.cost[k] = cost;
    return k;
  }

  build(): FlowNetwork {
    const arcs = this.count;
    const arcCount = arcs * 2;
    const start = new Int32Array(this.nodeCount + 1);
    for (let k = 0; k < arcs; k++) {
      start[(this.from[k] as number) + 1] = (start[(this.from[k] as number) + 1] as number) + 1;
      start[(this.to[k] as number) + 1] = (start[(this.to[k] as number) + 1] as number) + 1;
    }
    for (let v = 0; v < this.nodeCount; v++) start[v + 1] = (start[v + 1] as number) + (start[v] as number);
    const fill = start.slice(0, this.nodeCount);
    const head = new Int32Array(arcCount);
    const residual = new Int32Array(arcCount);
    const cost = new Float64Array(arcCount);
    const mate = new Int32Array(arcCount);
    const forward = new Int32Array(arcs);
    for (let k = 0; k < arcs; k++) {
      const u = this.from[k] as number;
      const v = this.to[k] as number;
      const out = fill[u] as number;
      fill[u] = out + 1;
      const back = fill[v] as number;
      fill[v] = back + 1;
      head[out] = v;
      head[back] = u;
      residual[out] = this.capacity[k] as number;
      cost[out] = this.cost[k] as number;
      cost[back] = -(this.cost[k] as number);
      mate[out] = back;
      mate[back] = out;
      forward[k] = out;
    }
    return { nodeCount: this.nodeCount, arcCount, start, head, residual, cost, mate, forward };
  }
}
