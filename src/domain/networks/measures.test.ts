import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { mentoringFunctions } from '../../../shared/enums.ts';
import { networkTieKinds, tieFrequencies } from '../../../shared/network-ties.ts';
import { measureCoverage, neededFunctions } from './coverage.ts';
import { measureNetwork } from './measure-network.ts';
import type { MeasuredTie } from './network-tie.ts';
import { blauIndex, measureRange } from './range.ts';
import { measureStrength, strengthLevel, tieStrength } from './strength.ts';

const tie = (overrides: Partial<MeasuredTie> = {}): MeasuredTie => ({
  kind: 'senior',
  insideOrganization: true,
  functions: ['coaching'],
  closeness: 3,
  frequency: 'monthly',
  department: 'Engineering',
  organization: 'Acme',
  profession: 'Engineer',
  culture: null,
  past: false,
  ...overrides,
});

const oneTie = [tie()];
const identicalTies = [tie(), tie(), tie(), tie()];
// Ten ties: two of each kind, half inside and half outside, every department, organization,
// profession and culture different.
const diverseTies = Array.from({ length: 10 }, (_, index) =>
  tie({
    kind: networkTieKinds[index % 5],
    insideOrganization: index % 2 === 0,
    functions: [mentoringFunctions[index % 9] ?? 'coaching'],
    department: `Department ${index}`,
    organization: `Organization ${index}`,
    profession: `Profession ${index}`,
    culture: `Culture ${index}`,
    closeness: 5,
    frequency: 'weekly',
  }),
);

describe('range', () => {
  const cases: Array<{ name: string; ties: MeasuredTie[]; overall: number | null; kind: number | null; department: number | null }> = [
    { name: 'one tie', ties: oneTie, overall: 0, kind: 0, department: null },
    { name: 'identical ties', ties: identicalTies, overall: 0, kind: 0, department: 0 },
    { name: 'maximally diverse ties', ties: diverseTies, overall: 1, kind: 1, department: 1 },
    { name: 'no ties', ties: [], overall: null, kind: null, department: null },
    { name: 'only past ties', ties: [tie({ past: true }), tie({ past: true, kind: 'peer' })], overall: null, kind: null, department: null },
  ];
  for (const { name, ties, overall, kind, department } of cases) {
    test(name, () => {
      const range = measureRange(ties);
      assert.equal(range.overall, overall);
      assert.equal(range.dimensions.find((d) => d.dimension === 'kind')?.normalized, kind);
      assert.equal(range.dimensions.find((d) => d.dimension === 'department')?.normalized, department);
      assert.ok(range.explanation.length > 0);
      for (const dimension of range.dimensions) assert.ok(dimension.toRaise.length > 0, dimension.dimension);
    });
  }

  test('says what would raise it, in plain words', () => {
    const range = measureRange(identicalTies);
    const says = (dimension: string) => range.dimensions.find((d) => d.dimension === dimension)?.toRaise ?? '';
    assert.match(says('kind'), /supervisor/);
    assert.match(says('inside_outside'), /outside/);
    assert.match(says('department'), /Engineering/);
    assert.match(says('culture'), /at least two/);
  });

  test('open values compare without case or spaces; culture counts only where shared', () => {
    const range = measureRange([tie({ department: 'Finance', culture: 'Dutch' }), tie({ department: ' finance ' })]);
    assert.equal(range.dimensions.find((d) => d.dimension === 'department')?.distinct, 1);
    assert.equal(range.dimensions.find((d) => d.dimension === 'culture')?.known, 1);
  });

  test('Blau’s index table', () => {
    for (const [values, expected] of [
      [[], 0],
      [['a'], 0],
      [['a', 'b'], 0.5],
      [['a', 'a', 'b', 'b'], 0.5],
      [['a', 'b', 'c', 'd', 'e'], 0.8],
    ] as const) {
      assert.equal(Math.round(blauIndex(values) * 1000) / 1000, expected, values.join(','));
    }
  });

  test('normalized range stays within 0 and 1 (property)', () => {
    const arbitraryTie = fc.record({
      kind: fc.constantFrom(...networkTieKinds),
      insideOrganization: fc.boolean(),
      department: fc.option(fc.constantFrom('A', 'B', 'C'), { nil: null }),
      closeness: fc.integer({ min: 1, max: 5 }),
      frequency: fc.constantFrom(...tieFrequencies),
    });
    fc.assert(
      fc.property(fc.array(arbitraryTie, { maxLength: 30 }), (drawn) => {
        const range = measureRange(drawn.map((values) => tie(values)));
        for (const dimension of range.dimensions)
          if (dimension.normalized !== null) assert.ok(dimension.normalized >= 0 && dimension.normalized <= 1);
        const strength = measureStrength(drawn.map((values) => tie(values)));
        if (strength.overall !== null) assert.ok(strength.overall >= 0 && strength.overall <= 1);
      }),
    );
  });
});

describe('coverage', () => {
  const needs = neededFunctions(['coaching', 'sponsorship', 'friendship'], []);
  const cases: Array<{ name: string; ties: MeasuredTie[]; covered: string[]; gaps: string[] }> = [
    { name: 'one tie', ties: oneTie, covered: ['coaching'], gaps: ['sponsorship', 'friendship'] },
    { name: 'identical ties', ties: identicalTies, covered: ['coaching'], gaps: ['sponsorship', 'friendship'] },
    { name: 'maximally diverse ties', ties: diverseTies, covered: ['sponsorship', 'coaching', 'friendship'], gaps: [] },
    { name: 'a past tie covers nothing', ties: [tie({ past: true })], covered: [], gaps: ['sponsorship', 'coaching', 'friendship'] },
  ];
  for (const { name, ties, covered, gaps } of cases) {
    test(name, () => {
      const coverage = measureCoverage(needs, ties);
      assert.deepEqual(coverage.covered, covered);
      assert.deepEqual(coverage.gaps, gaps);
      for (const gap of gaps) assert.match(coverage.explanation, new RegExp(gap === 'sponsorship' ? 'sponsorship' : gap));
    });
  }

  test('the plan’s needs come first, else the profile’s functions sought, else none', () => {
    assert.deepEqual(neededFunctions(['coaching'], ['sponsorship']), { neededFrom: 'plan', needed: ['coaching'] });
    assert.deepEqual(neededFunctions([], ['sponsorship']), { neededFrom: 'profile', needed: ['sponsorship'] });
    const none = measureCoverage(neededFunctions([], []), oneTie);
    assert.equal(none.neededFrom, 'none');
    assert.equal(none.share, null);
    assert.match(none.explanation, /development needs/);
  });

  test('counts each tie once per function, for the grid', () => {
    const coverage = measureCoverage(needs, [tie({ functions: ['coaching', 'coaching'] }), tie()]);
    assert.equal(coverage.tiesPerFunction.coaching, 2);
    assert.equal(coverage.tiesPerFunction.sponsorship, 0);
  });
});

describe('strength', () => {
  const cases: Array<{ name: string; ties: MeasuredTie[]; overall: number | null; strong: number }> = [
    { name: 'one tie', ties: oneTie, overall: 0.63, strong: 0 },
    { name: 'identical ties', ties: identicalTies, overall: 0.63, strong: 0 },
    { name: 'maximally diverse ties (all close, weekly)', ties: diverseTies, overall: 1, strong: 10 },
    { name: 'no ties', ties: [], overall: null, strong: 0 },
  ];
  for (const { name, ties, overall, strong } of cases) {
    test(name, () => {
      const strength = measureStrength(ties);
      assert.equal(strength.overall, overall);
      assert.equal(strength.strongTies, strong);
      assert.ok(strength.explanation.length > 0);
    });
  }

  test('per tie, from closeness and frequency', () => {
    for (const [closeness, frequency, expected, level] of [
      [5, 'weekly', 1, 'strong'],
      [1, 'rarely', 0, 'weak'],
      [3, 'quarterly', 0.5, 'moderate'],
      [4, 'monthly', 0.75, 'strong'],
    ] as const) {
      assert.equal(tieStrength({ closeness, frequency }), expected);
      assert.equal(strengthLevel(expected), level);
    }
  });
});

test('measureNetwork gives all three with explanations', () => {
  const measures = measureNetwork({ fromPlan: [], fromProfile: ['coaching'] }, oneTie);
  assert.equal(measures.coverage.neededFrom, 'profile');
  assert.deepEqual(measures.coverage.gaps, []);
  assert.equal(measures.range.overall, 0);
  assert.equal(measures.strength.overall, 0.63);
});
