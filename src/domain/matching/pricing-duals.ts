import type { FlowNetwork } from './flow-network.ts';
import { NodeHeap } from './node-heap.ts';

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
export function settlePricingDuals(network: FlowNetwork, potential: Float64Array, anchor: number, isMenteeSide: (node: number) => boolean): void {
  const { nodeCount, to, residual, cost, start, adjacency } = network;
  const dist = new Float64Array(nodeCount).fill(Number.POSITIVE_INFINITY);
  const done = new Uint8Array(nodeCount);
  const heap = new NodeHeap(network.arcCount + nodeCount + 1);
  const reduced = (a: number): number => (cost[a] as number) + (potential[to[a ^ 1] as number] as number) - (potential[to[a] as number] as number);

  // Step one: distances to the anchor, walking residual arcs backwards (arc b ^ 1 enters v from to[b]).
  dist[anchor] = 0;
  heap.push(0, anchor);
  let farthest = settle(heap, dist, done, (v, dv) => {
    for (let i = start[v] as number, end = start[v + 1] as number; i < end; i++) {
      const a = (adjacency[i] as number) ^ 1;
      if ((residual[a] as number) <= 0) continue;
      const w = to[a ^ 1] as number;
      const nd = dv + reduced(a);
      if (!done[w] && nd < (dist[w] as number)) {
        dist[w] = nd;
        heap.push(nd, w);
      }
    }
  });
  for (let v = 0; v < nodeCount; v++) potential[v] = (potential[v] as number) - (done[v] ? (dist[v] as number) : farthest);

  // Step two: mentee-side nodes rise by their distance from the other nodes through mentee-side nodes.
  dist.fill(Number.POSITIVE_INFINITY);
  done.fill(0);
  heap.clear();
  for (let v = 0; v < nodeCount; v++) {
    if (isMenteeSide(v)) continue;
    dist[v] = 0;
    heap.push(0, v);
  }
  farthest = settle(heap, dist, done, (v, dv) => {
    for (let i = start[v] as number, end = start[v + 1] as number; i < end; i++) {
      const a = adjacency[i] as number;
      if ((residual[a] as number) <= 0) continue;
      const w = to[a] as number;
      if (!isMenteeSide(w)) continue;
      const nd = dv + reduced(a);
      if (!done[w] && nd < (dist[w] as number)) {
        dist[w] = nd;
        heap.push(nd, w);
      }
    }
  });
  for (let v = 0; v < nodeCount; v++) if (isMenteeSide(v)) potential[v] = (potential[v] as number) + (done[v] ? (dist[v] as number) : farthest);
}

/** Dijkstra's loop: pops nodes in distance order, expanding each once; returns the largest distance settled. */
function settle(heap: NodeHeap, dist: Float64Array, done: Uint8Array, expand: (node: number, distance: number) => void): number {
  let farthest = 0;
  while (heap.size > 0) {
    const v = heap.popNode();
    const dv = heap.poppedKey;
    if (done[v] || dv > (dist[v] as number)) continue;
    done[v] = 1;
    farthest = dv;
    expand(v, dv);
  }
  return farthest;
}
