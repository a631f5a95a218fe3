"""Solve the same candidate graph as the TypeScript engine with scipy, for the matching benchmark.

Usage: python3 bench/matching/scipy_compare.py GRAPH_FILE (matching|linprog|cbc)

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
- cbc: the same transportation problem as a MIP for the COIN-OR CBC command-line solver
  (`cbc`, Debian/Ubuntu package coinor-cbc: `apt-get install -y coinor-cbc`), the way a
  practitioner would hand it over: one binary (integer 0/1) variable per pair with score >= 0,
  maximize total score, mentee rows <= demand, mentor rows <= capacity. Exact for any demand,
  since each pair variable is 0/1. build_seconds is writing the CPLEX LP file (numpy and plain
  Python); the solver then runs as `cbc FILE solve solu SOLFILE` (one thread, default
  settings). seconds is CBC's own reported "Time (Wallclock seconds)" of the Result block:
  the solve command alone (preprocessing, LP relaxation, heuristics, branch and cut), NOT
  reading the LP file. Also reported: read_seconds (CBC's "Total time ... (Wallclock
  seconds)" minus seconds, i.e. mostly reading the file) and process_seconds (wall time of
  the whole cbc subprocess, including start-up, reading and writing the solution); when CBC
  prints no time, seconds falls back to process_seconds and seconds_source says so. optimum
  is the score sum of the pairs set to 1 in the solution file (full precision), checked
  against the objective value printed on its first line; the assignment is also checked
  against demand and capacity. Skipped when `cbc` is not on PATH, fails, reports a status
  other than Optimal, or exceeds BENCH_MATCHING_SCIPY_TIMEOUT seconds (default: no limit of
  its own; run.ts kills the whole script at that limit, and the cbc child with it).
"""
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
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


def write_lp(file, n, m, demand, capacity, mentee, mentor, score):
    """The transportation MIP in CPLEX LP format: variable x<p> for pair p (score >= 0 only)."""
    keep = np.flatnonzero(score >= 0)
    names = np.char.add('x', keep.astype(str)).tolist()
    per_line = 10

    def lines(terms):
        for start in range(0, len(terms), per_line):
            yield ' ' + ' '.join(terms[start:start + per_line]) + '\n'

    def rows(prefix, owner, count, bound):
        order = np.argsort(owner[keep], kind='stable')
        starts = np.searchsorted(owner[keep][order], np.arange(count + 1)).tolist()
        order = order.tolist()
        for r in range(count):
            members = [names[k] for k in order[starts[r]:starts[r + 1]]]
            if not members:
                continue
            file.write(f' {prefix}{r}:\n')
            file.writelines(lines([members[0]] + ['+ ' + x for x in members[1:]]))
            file.write(f' <= {int(bound[r])}\n')

    file.write('\\ matching benchmark candidate graph: x<p> = 1 when pair p is used\n')
    file.write('Maximize\n obj:\n')
    # repr: the shortest decimal that reads back as the same double.
    objective = [f'+ {s!r} {x}' for s, x in zip(score[keep].tolist(), names)]
    if objective:
        objective[0] = objective[0][2:]
        file.writelines(lines(objective))
    else:
        file.write(' 0 x_none\n')
    file.write('Subject To\n')
    rows('e', mentee, n, demand)
    rows('m', mentor, m, capacity)
    if not objective:
        file.write(' none: x_none <= 0\n')
    file.write('Binaries\n')
    file.writelines(lines(names))
    file.write('End\n')


def cbc_times(log):
    """CBC's solve-command wallclock and its whole-run wallclock, from its log (None if absent)."""
    solve = re.search(r'^Time \(Wallclock seconds\):\s*([0-9.eE+-]+)', log, re.MULTILINE)
    total = re.search(r'^Total time \(CPU seconds\):\s*[0-9.eE+-]+\s*\(Wallclock seconds\):\s*([0-9.eE+-]+)', log, re.MULTILINE)
    return (float(solve.group(1)) if solve else None, float(total.group(1)) if total else None)


def solve_cbc(n, m, demand, capacity, mentee, mentor, score):
    cbc = shutil.which('cbc')
    if cbc is None:
        return {'skipped': 'n/a: cbc not on PATH'}
    limit = float(os.environ['BENCH_MATCHING_SCIPY_TIMEOUT']) if os.environ.get('BENCH_MATCHING_SCIPY_TIMEOUT') else None
    with tempfile.TemporaryDirectory(prefix='constellation-cbc-') as work:
        lp_file = os.path.join(work, 'graph.lp')
        sol_file = os.path.join(work, 'graph.sol')
        t0 = time.perf_counter()
        with open(lp_file, 'w', buffering=1 << 20) as f:
            write_lp(f, n, m, demand, capacity, mentee, mentor, score)
        build = time.perf_counter() - t0
        t1 = time.perf_counter()
        try:
            # subprocess.run kills cbc on any exception, including the SystemExit raised on SIGTERM (see main).
            run = subprocess.run([cbc, lp_file, 'solve', 'solu', sol_file], capture_output=True, text=True, timeout=limit)
        except subprocess.TimeoutExpired:
            return {'skipped': f'> {limit:g} s'}
        process_seconds = time.perf_counter() - t1
        if run.returncode != 0 or not os.path.exists(sol_file):
            tail = (run.stderr.strip() or run.stdout.strip()).split('\n')[-1]
            return {'skipped': f'cbc failed (exit {run.returncode}): {tail}'}
        with open(sol_file) as f:
            status = f.readline().strip()
            chosen = []
            for line in f:
                parts = line.split()
                # "index name value objective-coefficient", possibly prefixed by "**" when infeasible.
                if len(parts) >= 4 and parts[-3].startswith('x') and parts[-3][1:].isdigit() and float(parts[-2]) > 0.5:
                    chosen.append(int(parts[-3][1:]))
    if not status.startswith('Optimal'):
        return {'skipped': f'cbc: {status}'}
    reported = float(status.rsplit(' ', 1)[1])
    chosen = np.array(chosen, dtype=np.int64)
    optimum = float(score[chosen].sum())
    # The printed objective has 8 significant digits (%15.8g).
    if abs(optimum - reported) > 1e-7 * max(1.0, abs(reported)) + 1e-8:
        return {'skipped': f'cbc: solution sums to {optimum}, file says {reported}'}
    if (np.bincount(mentee[chosen], minlength=n) > demand).any() or (np.bincount(mentor[chosen], minlength=m) > capacity).any():
        return {'skipped': 'cbc: solution violates demand or capacity'}
    solve_seconds, total_seconds = cbc_times(run.stdout)
    result = {
        'seconds': solve_seconds if solve_seconds is not None else process_seconds,
        'seconds_source': 'cbc Time (Wallclock seconds), solve command without reading' if solve_seconds is not None else 'subprocess wall time',
        'build_seconds': build,
        'optimum': optimum,
        'reported_objective': reported,
        'process_seconds': process_seconds,
        'variables': int((score >= 0).sum()),
    }
    if solve_seconds is not None and total_seconds is not None:
        result['read_seconds'] = max(0.0, total_seconds - solve_seconds)
    return result


SOLVERS = {'matching': solve_matching, 'linprog': solve_linprog, 'cbc': solve_cbc}


def main():
    path, method = sys.argv[1], sys.argv[2]
    if method not in SOLVERS:
        sys.exit(f'unknown method {method!r} (expected one of {", ".join(SOLVERS)})')
    # run.ts stops this script with SIGTERM at its timeout: exit cleanly so that a running cbc child is killed and temp files go.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
    graph = read_graph(path)
    result = SOLVERS[method](*graph)
    result['method'] = method
    print(json.dumps(result))


if __name__ == '__main__':
    main()
