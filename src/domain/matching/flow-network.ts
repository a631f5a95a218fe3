/**
 * A residual flow network on typed arrays. Arc 2k is the k-th arc added and 2k+1 its reverse,
 * so `arc ^ 1` is always the partner. Adjacency is compressed (CSR) once all arcs are added.
 */
export type FlowNetwork = {
  nodeCount: number;
  arcCount: number;
  to: Int32Array;
  residual: Int32Array;
  cost: Float64Array;
  /** Outgoing arcs of node v are adjacency[start[v]] … adjacency[start[v + 1] - 1]. */
  start: Int32Array;
  adjacency: Int32Array;
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

  /** Adds an arc and returns its index k (the forward residual arc is 2k). */
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
    const to = new Int32Array(arcCount);
    const residual = new Int32Array(arcCount);
    const cost = new Float64Array(arcCount);
    const degree = new Int32Array(this.nodeCount + 1);
    for (let k = 0; k < arcs; k++) {
      const u = this.from[k] as number;
      const v = this.to[k] as number;
      to[2 * k] = v;
      to[2 * k + 1] = u;
      residual[2 * k] = this.capacity[k] as number;
      cost[2 * k] = this.cost[k] as number;
      cost[2 * k + 1] = -(this.cost[k] as number);
      degree[u + 1] = (degree[u + 1] as number) + 1;
      degree[v + 1] = (degree[v + 1] as number) + 1;
    }
    const start = new Int32Array(this.nodeCount + 1);
    for (let v = 0; v < this.nodeCount; v++) start[v + 1] = (start[v] as number) + (degree[v + 1] as number);
    const fill = start.slice(0, this.nodeCount);
    const adjacency = new Int32Array(arcCount);
    for (let a = 0; a < arcCount; a++) {
      const tail = to[a ^ 1] as number;
      const slot = fill[tail] as number;
      adjacency[slot] = a;
      fill[tail] = slot + 1;
    }
    return { nodeCount: this.nodeCount, arcCount, to, residual, cost, start, adjacency };
  }
}
