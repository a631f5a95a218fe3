import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { runCli } from '../testing/cli-process.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'constellation-match-'));

function cohortFile(name: string, content: unknown): string {
  const file = path.join(dir, `${name}.json`);
  writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content));
  return file;
}

const cohort = {
  mentees: [{ id: 'e1', demand: 1 }, { id: 'e2' }, { id: 'e3' }],
  mentors: [
    { id: 'm1', capacity: 1 },
    { id: 'm2', capacity: 1 },
  ],
  pairs: [
    { mentee: 'e1', mentor: 'm1', score: 0.9 },
    { mentee: 'e1', mentor: 'm2', score: 0.8 },
    { mentee: 'e2', mentor: 'm1', score: 0.85 },
  ],
};

describe('constellation match', { timeout: 60_000 }, () => {
  test('writes the optimal matching in the fixed result format', async () => {
    const output = path.join(dir, 'result.json');
    const run = await runCli(['match', '--input', cohortFile('cohort', cohort), '--output', output], {});
    assert.equal(run.code, 0, run.stderr);
    const result = JSON.parse(readFileSync(output, 'utf8'));
    assert.deepEqual(
      result.matches.map((m: { mentee: string; mentor: string }) => `${m.mentee}-${m.mentor}`),
      ['e1-m2', 'e2-m1'],
    );
    assert.equal(result.total, 1.65);
    assert.equal(result.optimal, true);
    assert.deepEqual(result.unmatched, [{ mentee: 'e3', missing: 1, reason: 'no_feasible_mentor' }]);
    assert.equal(typeof result.stats.seconds, 'number');
  });

  test('stable mode reports blocking pairs and the score given up', async () => {
    const output = path.join(dir, 'stable.json');
    const run = await runCli(['match', '--input', cohortFile('cohort', cohort), '--output', output, '--mode', 'stable'], {});
    assert.equal(run.code, 0, run.stderr);
    const result = JSON.parse(readFileSync(output, 'utf8'));
    assert.equal(result.stats.blockingPairs, 0);
    assert.ok(Math.abs(result.stats.scoreGivenUp - (1.65 - result.total)) < 1e-9);
  });

  test('the profile form scores people by the rules in the file and explains every pair', async () => {
    const output = path.join(dir, 'profiles.json');
    const example = fileURLToPath(new URL('../../examples/profile-cohort.json', import.meta.url));
    const run = await runCli(['match', '--input', example, '--output', output], {});
    assert.equal(run.code, 0, run.stderr);
    const result = JSON.parse(readFileSync(output, 'utf8'));
    assert.equal(result.optimal, true);
    assert.ok(result.matches.length > 0);
    for (const match of result.matches) assert.ok(match.reasons.length > 0, `${match.mentee}-${match.mentor} is explained`);
    const bad = await runCli(
      [
        'match',
        '--input',
        cohortFile('bad-profile', { mentees: [{ id: 'a', profile: { name: 'A', timeZone: 'Mars/Base' } }], mentors: [] }),
        '--output',
        path.join(dir, 'bad.json'),
      ],
      {},
    );
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /mentees\[0\]\.profile\.timeZone/);
  });

  const malformed: Array<[string, unknown, RegExp]> = [
    ['unknown mentor', { ...cohort, pairs: [{ mentee: 'e1', mentor: 'm9', score: 0.5 }] }, /pairs\[0\]: unknown mentor "m9"/],
    ['unknown mentee', { ...cohort, pairs: [{ mentee: 'x', mentor: 'm1', score: 0.5 }] }, /pairs\[0\]: unknown mentee "x"/],
    ['negative capacity', { ...cohort, mentors: [{ id: 'm1', capacity: -1 }] }, /mentors\[0\]\.capacity/],
    ['duplicate pair', { ...cohort, pairs: [cohort.pairs[0], cohort.pairs[0]] }, /pairs\[1\]: duplicate pair e1 \/ m1/],
    ['duplicate id', { ...cohort, mentees: [{ id: 'e1' }, { id: 'e1' }] }, /mentees\[1\]: duplicate id "e1"/],
    [
      'NaN score',
      '{"mentees":[{"id":"e1"}],"mentors":[{"id":"m1","capacity":1}],"pairs":[{"mentee":"e1","mentor":"m1","score":NaN}]}',
      /not valid JSON/,
    ],
    ['string score', { ...cohort, pairs: [{ mentee: 'e1', mentor: 'm1', score: 'NaN' }] }, /pairs\[0\]\.score/],
  ];
  for (const [name, content, message] of malformed) {
    test(`rejects ${name}: exit code 2, a message naming the entry, no output file`, async () => {
      const output = path.join(dir, `${name.replaceAll(' ', '-')}.out.json`);
      const run = await runCli(['match', '--input', cohortFile(name.replaceAll(' ', '-'), content), '--output', output], {});
      assert.equal(run.code, 2, run.stderr);
      assert.match(run.stderr, message);
      assert.equal(existsSync(output), false);
    });
  }
});
