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
 * Minimum-cost flow of any amount from `source` to `sink`: keeps augmenting along shortest
 * paths (Dijkstra on reduced costs, stopped as soon as the sink is settled) while a path still
 * lowers the cost. Costs must be integers (exact arithmetic) and `potential` must start with
 * non-negative reduced costs on every arc with residual capacity.
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
  const { nodeCount, to, residual, cost, start, adjacency } = network;
  const dist = new Float64Array(nodeCount);
  const parentArc = new Int32Array(nodeCount);
  const seenRound = new Int32Array(nodeCount);
  const doneRound = new Int32Array(nodeCount);
  const settled = new Int32Array(nodeCount);
  const heap = new NodeHeap(network.arcCount + nodeCount);
  let totalCost = 0;
  let flow = 0;
  let round = 0;
  for (;;) {
    round++;
    heap.clear();
    let settledCount = 0;
    dist[source] = 0;
    seenRound[source] = round;
    heap.push(0, source);
    let reached = false;
    while (heap.size > 0) {
      const u = heap.popNode();
      const du = heap.poppedKey;
      if (doneRound[u] === round || du > (dist[u] as number)) continue;
      doneRound[u] = round;
      settled[settledCount++] = u;
      if (u === sink) {
        reached = true;
        break;
      }
      const pu = potential[u] as number;
      for (let i = start[u] as number, end = start[u + 1] as number; i < end; i++) {
        const a = adjacency[i] as number;
        if ((residual[a] as number) <= 0) continue;
        const v = to[a] as number;
        if (doneRound[v] === round) continue;
        const nd = du + (cost[a] as number) + pu - (potential[v] as number);
        if (seenRound[v] !== round || nd < (dist[v] as number)) {
          seenRound[v] = round;
          dist[v] = nd;
          parentArc[v] = a;
          heap.push(nd, v);
        }
      }
    }
    const gap = (potential[sink] as number) - (potential[source] as number);
    const dSink = reached ? (dist[sink] as number) : Number.POSITIVE_INFINITY;
    if (!reached || dSink + gap >= 0) {
      closeGap(potential, dist, settled, settledCount, Math.max(0, -gap), nodeCount, doneRound, round);
      break;
    }
    const pathCost = dSink + gap;
    // Shift settled nodes only; the uniform shift by -dSink leaves every reduced cost unchanged.
    for (let i = 0; i < settledCount; i++) {
      const v = settled[i] as number;
      potential[v] = (potential[v] as number) + (dist[v] as number) - dSink;
    }
    let bottleneck = Number.MAX_SAFE_INTEGER;
    for (let v = sink; v !== source; v = to[(parentArc[v] as number) ^ 1] as number) {
      bottleneck = Math.min(bottleneck, residual[parentArc[v] as number] as number);
    }
    for (let v = sink; v !== source; v = to[(parentArc[v] as number) ^ 1] as number) {
      const a = parentArc[v] as number;
      residual[a] = (residual[a] as number) - bottleneck;
      residual[a ^ 1] = (residual[a ^ 1] as number) + bottleneck;
    }
    flow += bottleneck;
    totalCost += pathCost * bottleneck;
    onAugment?.(flow);
  }
  return {
    cost: totalCost,
    flow,
    augmentations: round - 1,
    potential,
    gap: (potential[sink] as number) - (potential[source] as number),
  };
}

/**
 * The last step of the certificate: raise potentials by min(distance, shift) so that every
 * reduced cost stays non-negative and potential[sink] - potential[source] becomes 0, which proves
 * that neither more nor less flow could cost less. Unsettled nodes are at least `shift` away.
 */
function closeGap(
  potential: Float64Array,
  dist: Float64Array,
  settled: Int32Array,
  settledCount: number,
  shift: number,
  nodeCount: number,
  doneRound: Int32Array,
  round: number,
): void {
  for (let v = 0; v < nodeCount; v++) if (doneRound[v] !== round) potential[v] = (potential[v] as number) + shift;
  for (let i = 0; i < settledCount; i++) {
    const v = settled[i] as number;
    potential[v] = (potential[v] as number) + Math.min(dist[v] as number, shift);
  }
}

/**
 * The optimality certificate: every arc with residual capacity has a non-negative reduced cost
 * under the potentials (no negative cycle can exist). Returns the number of violating arcs.
 */
export function countReducedCostViolations(network: FlowNetwork, potential: Float64Array): number {
  let violations = 0;
  for (let a = 0; a < network.arcCount; a++) {
    if ((network.residual[a] as number) <= 0) continue;
    const u = network.to[a ^ 1] as number;
    const v = network.to[a] as number;
    if ((network.cost[a] as number) + (potential[u] as number) - (potential[v] as number) < 0) violations++;
  }
  return violations;
}
