import type { FlowNetwork } from './flow-network.ts';
import { NodeHeap } from './node-heap.ts';

export type FlowSolution = {
  /** Total cost of the flow sent. */
  cost: number;
  flow: number;
  augmentations: number;
  /** Node potentials (dual prices) that certify optimality. */
  potential: Float64Array;
  /** potential[sink] - potential[source]: 0 (or ≥ 0 with no flow) in a certified solution. */
  gap: number;
};

/**
 * Minimum-cost flow of any amount from `source` to `sink`, solved as a min-cost circulation
 * (the network carries a free return arc sink → source) by successive shortest paths, one source
 * arc at a time: for each source arc s → u, Dijkstra on reduced costs from u back to the source
 * (through the sink and the return arc, or through a matched node whose source arc can be given
 * up), stopped as soon as the source is settled; while that cycle has negative cost, augment
 * along it. Each search is local (it ends at the nearest way back). Costs must be integers
 * (exact arithmetic) and `potential` must start with non-negative reduced costs on every arc
 * with residual capacity; the returned potentials keep them non-negative.
 *
 * @example const solution = solveMinCostFlow(network, 0, sink, initialPotential);
 */
export function solveMinCostFlow(
  network: FlowNetwork,
  source: number,
  sink: number,
  potential: Float64Array,
  onAugment?: (flow: number) => void,
): FlowSolution {
  const { nodeCount, head, residual, cost, start, mate } = network;
  const dist = new Float64Array(nodeCount);
  const parentArc = new Int32Array(nodeCount);
  const seenRound = new Int32Array(nodeCount);
  const doneRound = new Int32Array(nodeCount);
  const settled = new Int32Array(nodeCount);
  const heap = new NodeHeap(network.arcCount + nodeCount + 1);
  let totalCost = 0;
  let flow = 0;
  let augmentations = 0;
  let round = 0;
  for (let first = start[source] as number, end = start[source + 1] as number; first < end; first++) {
    const u = head[first] as number;
    for (;;) {
      if ((residual[first] as number) <= 0) break;
      const firstReduced = (cost[first] as number) + (potential[source] as number) - (potential[u] as number);
      if (firstReduced >= 0) break;
      round++;
      heap.clear();
      let settledCount = 0;
      dist[u] = 0;
      seenRound[u] = round;
      heap.push(0, u);
      let reached = false;
      let farthest = 0;
      while (heap.size > 0) {
        const v = heap.popNode();
        const dv = heap.poppedKey;
        if (doneRound[v] === round || dv > (dist[v] as number)) continue;
        doneRound[v] = round;
        settled[settledCount++] = v;
        farthest = dv;
        if (v === source) {
          reached = true;
          break;
        }
        const pv = potential[v] as number;
        for (let a = start[v] as number, stop = start[v + 1] as number; a < stop; a++) {
          if ((residual[a] as number) <= 0) continue;
          const w = head[a] as number;
          if (doneRound[w] === round) continue;
          const nd = dv + (cost[a] as number) + pv - (potential[w] as number);
          if (seenRound[w] !== round || nd < (dist[w] as number)) {
            seenRound[w] = round;
            dist[w] = nd;
            parentArc[w] = a;
            heap.push(nd, w);
          }
        }
      }
      // Without a way back, lift u's side far enough that s → u is no longer negative.
      const shift = reached ? (dist[source] as number) : Math.max(farthest, -firstReduced);
      // Shift settled nodes only (by dist - shift); the rest move uniformly, which changes no
      // reduced cost. Arcs on the shortest cycle now have reduced cost 0.
      for (let i = 0; i < settledCount; i++) {
        const v = settled[i] as number;
        potential[v] = (potential[v] as number) + (dist[v] as number) - shift;
      }
      const cycleCost = firstReduced + shift;
      if (!reached || cycleCost >= 0) break;
      let bottleneck = residual[first] as number;
      for (let v = source; v !== u; ) {
        const a = parentArc[v] as number;
        bottleneck = Math.min(bottleneck, residual[a] as number);
        v = head[mate[a] as number] as number;
      }
      let throughSink = false;
      for (let v = source; v !== u; ) {
        const a = parentArc[v] as number;
        if (v === source && head[mate[a] as number] === sink) throughSink = true;
        residual[a] = (residual[a] as number) - bottleneck;
        residual[mate[a] as number] = (residual[mate[a] as number] as number) + bottleneck;
        v = head[mate[a] as number] as number;
      }
      residual[first] = (residual[first] as number) - bottleneck;
      residual[mate[first] as number] = (residual[mate[first] as number] as number) + bottleneck;
      if (throughSink) flow += bottleneck;
      totalCost += cycleCost * bottleneck;
      augmentations++;
      onAugment?.(flow);
    }
  }
  return {
    cost: totalCost,
    flow,
    augmentations,
    potential,
    gap: (potential[sink] as number) - (potential[source] as number),
  };
}

/**
 * The optimality certificate: every arc with residual capacity has a non-negative reduced cost
 * under the potentials (no negative cycle can exist). Returns the number of violating arcs
 * (counting stops at `stopAt`).
 */
export function countReducedCostViolations(network: FlowNetwork, potential: Float64Array, stopAt = Number.POSITIVE_INFINITY): number {
  const { start, head, residual, cost } = network;
  let violations = 0;
  for (let u = 0; u < network.nodeCount && violations < stopAt; u++) {
    const pu = potential[u] as number;
    for (let a = start[u] as number, end = start[u + 1] as number; a < end; a++) {
      if ((residual[a] as number) > 0 && (cost[a] as number) + pu - (potential[head[a] as number] as number) < 0) violations++;
    }
  }
  return violations;
}
