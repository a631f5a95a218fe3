import type { FlowNetwork } from './flow-network.ts';
import { NodeHeap } from './node-heap.ts';

/**
 * Restores a min-cost circulation after a small change (arcs added, capacities or demands
 * lowered, pairs dropped): every residual arc whose reduced cost is negative is saturated (so every residual arc is non-negative again, and the flow is
 * optimal for what it carries), which leaves an excess at its head and a deficit at its tail;
 * each excess is then sent to the nearest deficit along a shortest path on reduced costs
 * (Dijkstra, stopped at the first deficit settled), shifting the settled nodes' potentials so
 * reduced costs stay non-negative. The result is optimal with exact potentials, after a handful
 * of local searches instead of a re-solve. Returns false if it gave up (the searches settled
 * more than `maxSettled` nodes in all, or an excess cannot reach a deficit), leaving the network
 * for a full solve: when the new arcs shake up a crowded market, cost scaling is faster.
 *
 * @example if (!repairViolations(network, potential, 100_000)) solveByCostScaling(network, potential);
 */
export function repairViolations(network: FlowNetwork, potential: Float64Array, maxSettled: number): boolean {
  const { nodeCount, head, residual, cost, start, mate } = network;
  const excess = new Float64Array(nodeCount);
  const sources: number[] = [];
  for (let u = 0; u < nodeCount; u++) {
    for (let a = start[u] as number, end = start[u + 1] as number; a < end; a++) {
      const r = residual[a] as number;
      if (r <= 0) continue;
      const v = head[a] as number;
      if ((cost[a] as number) + (potential[u] as number) - (potential[v] as number) >= 0) continue;
      residual[a] = 0;
      residual[mate[a] as number] = (residual[mate[a] as number] as number) + r;
      excess[u] = (excess[u] as number) - r;
      excess[v] = (excess[v] as number) + r;
      sources.push(v);
    }
  }
  const dist = new Float64Array(nodeCount);
  const parentArc = new Int32Array(nodeCount);
  const seenRound = new Int32Array(nodeCount);
  const doneRound = new Int32Array(nodeCount);
  const settled = new Int32Array(nodeCount);
  const heap = new NodeHeap(network.arcCount + nodeCount + 1);
  let round = 0;
  let budget = maxSettled;
  for (const origin of sources) {
    while ((excess[origin] as number) > 0) {
      round++;
      heap.clear();
      let settledCount = 0;
      dist[origin] = 0;
      seenRound[origin] = round;
      heap.push(0, origin);
      let target = -1;
      while (heap.size > 0) {
        const v = heap.popNode();
        const dv = heap.poppedKey;
        if (doneRound[v] === round || dv > (dist[v] as number)) continue;
        doneRound[v] = round;
        settled[settledCount++] = v;
        if (--budget < 0) return false;
        if ((excess[v] as number) < 0) {
          target = v;
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
      if (target < 0) return false;
      const reach = dist[target] as number;
      for (let s = 0; s < settledCount; s++) {
        const v = settled[s] as number;
        potential[v] = (potential[v] as number) + (dist[v] as number) - reach;
      }
      let amount = Math.min(excess[origin] as number, -(excess[target] as number));
      const tailOf = (v: number): number => head[mate[parentArc[v] as number] as number] as number;
      for (let v = target; v !== origin; v = tailOf(v)) amount = Math.min(amount, residual[parentArc[v] as number] as number);
      for (let v = target; v !== origin; v = tailOf(v)) {
        const a = parentArc[v] as number;
        residual[a] = (residual[a] as number) - amount;
        residual[mate[a] as number] = (residual[mate[a] as number] as number) + amount;
      }
      excess[origin] = (excess[origin] as number) - amount;
      excess[target] = (excess[target] as number) + amount;
    }
  }
  return true;
}
