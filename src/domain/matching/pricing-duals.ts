import type { FlowNetwork } from './flow-network.ts';

/**
 * Of all the optimal potentials of a solved network, the ones that make the pricing check
 * cheapest: mentors' prices as high as the optimum allows, then every mentee-side node's
 * potential as high as those prices allow. A pair left out of the candidates is a violation
 * when its score beats the mentee's surplus plus the mentor's price; an unmatched mentee has no
 * surplus, so only the price stands between it and every mentor it did not get. Whichever
 * optimal potentials a solver happens to end with, pricing then sees the same, fewest, suspects.
 *
 * Both steps keep every residual reduced cost non-negative, so the potentials stay a valid
 * certificate (and a valid warm start). Step one lowers every node by its reduced-cost distance
 * to `anchor` (the lowest potentials with the anchor fixed, so mentors' prices, the anchor's
 * potential minus theirs, are the highest); step two raises each mentee-side node by its
 * distance from the rest of the network through mentee-side nodes only.
 *
 * @example settlePricingDuals(model.network, model.potential, model.sink, (v) => v <= menteeCount)
 */
export function settlePricingDuals(
  network: FlowNetwork,
  potential: Float64Array,
  anchor: number,
  isMenteeSide: (node: number) => boolean,
): void {
  const { nodeCount, head, cost, mate } = network;
  const reduced = (a: number): number =>
    (cost[a] as number) + (potential[head[mate[a] as number] as number] as number) - (potential[head[a] as number] as number);

  // Step one: distances to the anchor, walking residual arcs backwards.
  const toAnchor = distances(network, [anchor], 'backwards', () => true, reduced);
  for (let v = 0; v < nodeCount; v++)
    potential[v] = (potential[v] as number) - (toAnchor.done[v] ? (toAnchor.dist[v] as number) : toAnchor.farthest);

  // Step two: mentee-side nodes rise by their distance from the other nodes through mentee-side nodes.
  if (!raiseOneHop(network, potential, isMenteeSide)) raiseByDijkstra(network, potential, isMenteeSide, reduced);
}

/**
 * Step two when no residual arc joins two mentee-side nodes (no distinct-needs rule in the
 * model): each such node's distance is just its cheapest arc in from the rest. Returns false,
 * changing nothing, when the network has such arcs.
 */
function raiseOneHop(network: FlowNetwork, potential: Float64Array, isMenteeSide: (node: number) => boolean): boolean {
  const { nodeCount, head, residual, cost, start, mate } = network;
  const rise = new Float64Array(nodeCount).fill(Number.POSITIVE_INFINITY);
  let farthest = 0;
  for (let v = 0; v < nodeCount; v++) {
    if (!isMenteeSide(v)) continue;
    const pv = potential[v] as number;
    let best = Number.POSITIVE_INFINITY;
    for (let b = start[v] as number, end = start[v + 1] as number; b < end; b++) {
      const a = mate[b] as number;
      if ((residual[a] as number) <= 0) continue;
      const w = head[b] as number;
      if (isMenteeSide(w)) return false;
      const r = (cost[a] as number) + (potential[w] as number) - pv;
      if (r < best) best = r;
    }
    rise[v] = best;
    if (best !== Number.POSITIVE_INFINITY && best > farthest) farthest = best;
  }
  for (let v = 0; v < nodeCount; v++) {
    if (!isMenteeSide(v)) continue;
    const r = rise[v] as number;
    potential[v] = (potential[v] as number) + (r === Number.POSITIVE_INFINITY ? farthest : r);
  }
  return true;
}

function raiseByDijkstra(
  network: FlowNetwork,
  potential: Float64Array,
  isMenteeSide: (node: number) => boolean,
  reduced: (arc: number) => number,
): void {
  const others: number[] = [];
  for (let v = 0; v < network.nodeCount; v++) if (!isMenteeSide(v)) others.push(v);
  const { dist, done, farthest } = distances(network, others, 'forwards', isMenteeSide, reduced);
  for (let v = 0; v < network.nodeCount; v++)
    if (isMenteeSide(v)) potential[v] = (potential[v] as number) + (done[v] ? (dist[v] as number) : farthest);
}

/**
 * Dijkstra on reduced costs from the `origins` (distance 0): along residual arcs (`forwards`),
 * or against them (`backwards`: the distance from each node to the origins), entering only
 * nodes that `enters` allows. `farthest` is the largest distance settled.
 */
function distances(
  network: FlowNetwork,
  origins: readonly number[],
  direction: 'forwards' | 'backwards',
  enters: (node: number) => boolean,
  reduced: (arc: number) => number,
) {
  const { nodeCount, head, residual, start, mate } = network;
  const dist = new Float64Array(nodeCount).fill(Number.POSITIVE_INFINITY);
  const done = new Uint8Array(nodeCount);
  const queue = new IndexedHeap(nodeCount);
  for (const v of origins) {
    dist[v] = 0;
    queue.set(v, 0);
  }
  const backwards = direction === 'backwards';
  let farthest = 0;
  while (queue.size > 0) {
    const v = queue.pop();
    const dv = dist[v] as number;
    done[v] = 1;
    farthest = dv;
    for (let b = start[v] as number, end = start[v + 1] as number; b < end; b++) {
      // Backwards, the arc mate[b] enters v from head[b].
      const a = backwards ? (mate[b] as number) : b;
      if ((residual[a] as number) <= 0) continue;
      const w = head[b] as number;
      if (done[w] || !enters(w)) continue;
      const nd = dv + reduced(a);
      if (nd < (dist[w] as number)) {
        dist[w] = nd;
        queue.set(w, nd);
      }
    }
  }
  return { dist, done, farthest };
}

/** A binary min-heap of nodes keyed by distance, each node at most once (its key only ever lowered). */
class IndexedHeap {
  private readonly nodes: Int32Array;
  private readonly keys: Float64Array;
  private readonly position: Int32Array;
  size = 0;

  constructor(nodeCount: number) {
    this.nodes = new Int32Array(nodeCount);
    this.keys = new Float64Array(nodeCount);
    this.position = new Int32Array(nodeCount).fill(-1);
  }

  /** Inserts v with key k, or lowers its key to k. */
  set(v: number, k: number): void {
    let at = this.position[v] as number;
    if (at < 0) at = this.size++;
    const { nodes, keys, position } = this;
    while (at > 0) {
      const parent = (at - 1) >> 1;
      if ((keys[parent] as number) <= k) break;
      nodes[at] = nodes[parent] as number;
      keys[at] = keys[parent] as number;
      position[nodes[at] as number] = at;
      at = parent;
    }
    nodes[at] = v;
    keys[at] = k;
    position[v] = at;
  }

  /** Removes and returns the node with the smallest key. */
  pop(): number {
    const { nodes, keys, position } = this;
    const top = nodes[0] as number;
    position[top] = -1;
    const size = --this.size;
    if (size === 0) return top;
    const v = nodes[size] as number;
    const k = keys[size] as number;
    let at = 0;
    for (;;) {
      let child = 2 * at + 1;
      if (child >= size) break;
      if (child + 1 < size && (keys[child + 1] as number) < (keys[child] as number)) child++;
      if ((keys[child] as number) >= k) break;
      nodes[at] = nodes[child] as number;
      keys[at] = keys[child] as number;
      position[nodes[at] as number] = at;
      at = child;
    }
    nodes[at] = v;
    keys[at] = k;
    position[v] = at;
    return top;
  }
}
