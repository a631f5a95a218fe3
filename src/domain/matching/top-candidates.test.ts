import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createHashedSource } from '../../testing/hashed-score-source.ts';
import { mentorKeep, selectTopCandidates } from './top-candidates.ts';

test('each mentee keeps its k best mentors, each mentor its max(k, 6 x capacity) best mentees, ties to the lower index', () => {
  const source = createHashedSource(400, 30, 5);
  source.capacity[0] = 1;
  source.capacity[1] = 4;
  source.capacity[2] = 9;
  const k = 3;
  const candidates = selectTopCandidates(source, k, 0);
  const { mentee, mentor } = candidates.columns();
  const pairs = new Set(Array.from(mentee, (e, p) => `${e}:${mentor[p]}`));

  const row = new Float64Array(30);
  const columns = Array.from({ length: 30 }, () => [] as Array<{ mentee: number; score: number }>);
  for (let i = 0; i < 400; i++) {
    source.scoreRow(i, row);
    const ranked = Array.from(row.keys())
      .filter((j) => (row[j] as number) >= 0)
      .sort((a, b) => (row[b] as number) - (row[a] as number) || a - b);
    for (const j of ranked.slice(0, k)) assert.ok(pairs.has(`${i}:${j}`), `mentee ${i} keeps mentor ${j}`);
    for (const j of ranked) columns[j]?.push({ mentee: i, score: row[j] as number });
  }
  for (const j of [0, 1, 2, 3]) {
    const keep = mentorKeep(k, source.capacity[j] as number);
    const best = (columns[j] ?? []).sort((a, b) => b.score - a.score || a.mentee - b.mentee);
    for (const { mentee: i } of best.slice(0, keep)) assert.ok(pairs.has(`${i}:${j}`), `mentor ${j} keeps mentee ${i}`);
    // The ceiling bounds every pair the mentor's side left out.
    assert.equal(candidates.mentorCeiling[j], best[keep - 1]?.score);
  }
  assert.deepEqual(
    [0, 1, 2].map((j) => mentorKeep(k, source.capacity[j] as number)),
    [6, 24, 54],
  );
});
