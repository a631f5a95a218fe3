"""Solve the same candidate graph as the TypeScript engine with scipy, for the matching benchmark.

Usage: python3 bench/matching/scipy_compare.py GRAPH_FILE (matching|linprog)

GRAPH_FILE (little-endian, written by bench/matching/run.ts): int32 mentees, mentors, pairs;
int32 demand[mentees]; int32 capacity[mentors]; int32 pair_mentee[pairs];
int32 pair_mentor[pairs]; float64 pair_score[pairs].

Prints one JSON line: {"method", "seconds" (solver call only), "build_seconds", "optimum"} or
{"method", "skipped": reason}.

- matching: scipy.sparse.csgraph.min_weight_full_bipartite_matching (LAPJVsp). Mentor capacity
  is expanded into slots; each mentee row also gets its own dummy "unmatched" column, so a full
  matching always exists. Weights are C - score (C = 1 + max score, dummies C), all positive.
  Only exact when every mentee's demand is at most 1: with demand > 1, slot expansion would let
  a mentee take the same mentor twice, so the method is skipped.
- linprog: the transportation LP with HiGHS (maximize score, mentee rows <= demand, mentor rows
  <= capacity, 0 <= x <= 1). The constraint matrix is totally unimodular, so the LP optimum is
  the integer optimum.
"""
import json
import sys
import time

import numpy as np
from scipy import sparse


def read_graph(path):
    raw = open(path, 'rb').read()
    n, m, p = np.frombuffer(raw, dtype='<i4', count=3)
    offset = 12
    def take(dtype, count):
        nonlocal offset
        arr = np.frombuffer(raw, dtype=dtype, count=int(count), offset=offset)
        offset += arr.nbytes
        return arr
    demand = take('<i4', n)
    capacity = take('<i4', m)
    mentee = take('<i4', p)
    mentor = take('<i4', p)
    score = take('<f8', p)
    return int(n), int(m), demand, capacity, mentee, mentor, score


def solve_matching(n, m, demand, capacity, mentee, mentor, score):
    from scipy.sparse.csgraph import min_weight_full_bipartite_matching
    if demand.max(initial=0) > 1:
        return {'skipped': 'n/a: demand > 1'}
    t0 = time.perf_counter()
    keep = (demand[mentee] > 0) & (capacity[mentor] > 0) & (score >= 0)
    mentee, mentor, score = mentee[keep], mentor[keep], score[keep]
    rows_of = np.full(n, -1, dtype=np.int64)
    active = np.flatnonzero(demand > 0)
    rows_of[active] = np.arange(active.size)
    slot_start = np.concatenate(([0], np.cumsum(capacity, dtype=np.int64)))
    slots = int(slot_start[-1])
    reps = capacity[mentor].astype(np.int64)
    edge_row = np.repeat(rows_of[mentee], reps)
    # Column of the c-th slot of mentor j: slot_start[j] + c.
    first = np.repeat(slot_start[mentor], reps)
    within = np.arange(reps.sum()) - np.repeat(np.cumsum(reps) - reps, reps)
    edge_col = first + within
    big = 1.0 + (float(score.max()) if score.size else 0.0)
    edge_weight = big - np.repeat(score, reps)
    rows = active.size
    dummy_rows = np.arange(rows)
    graph = sparse.csr_matrix(
        (np.concatenate((edge_weight, np.full(rows, big))),
         (np.concatenate((edge_row, dummy_rows)), np.concatenate((edge_col, slots + dummy_rows)))),
        shape=(rows, slots + rows),
    )
    build = time.perf_counter() - t0
    t1 = time.perf_counter()
    row_ind, col_ind = min_weight_full_bipartite_matching(graph)
    seconds = time.perf_counter() - t1
    weights = np.asarray(graph[row_ind, col_ind]).ravel()
    real = col_ind < slots
    optimum = float((big - weights[real]).sum())
    return {'seconds': seconds, 'build_seconds': build, 'optimum': optimum, 'edges': int(graph.nnz)}


def solve_linprog(n, m, demand, capacity, mentee, mentor, score):
    from scipy.optimize import linprog
    t0 = time.perf_counter()
    keep = score >= 0
    mentee, mentor, score = mentee[keep], mentor[keep], score[keep]
    p = score.size
    cols = np.arange(p)
    a_ub = sparse.csr_matrix(
        (np.ones(2 * p), (np.concatenate((mentee, n + mentor)), np.concatenate((cols, cols)))),
        shape=(n + m, p),
    )
    b_ub = np.concatenate((demand, capacity)).astype(np.float64)
    build = time.perf_counter() - t0
    t1 = time.perf_counter()
    res = linprog(-score, A_ub=a_ub, b_ub=b_ub, bounds=(0, 1), method='highs')
    seconds = time.perf_counter() - t1
    if res.status != 0:
        return {'skipped': f'linprog status {res.status}: {res.message}'}
    return {'seconds': seconds, 'build_seconds': build, 'optimum': float(-res.fun)}


def main():
    path, method = sys.argv[1], sys.argv[2]
    graph = read_graph(path)
    solver = solve_matching if method == 'matching' else solve_linprog
    result = solver(*graph)
    result['method'] = method
    print(json.dumps(result))


if __name__ == '__main__':
    main()
