import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  nearCapacityStep,
  rangeBonusPerDimension,
  suggestForGaps,
  toSecondPerson,
  type GapCandidate,
  type GapSuggestionInput,
  type SuggestionTie,
} from './gap-suggestions.ts';

const baseTie: SuggestionTie = {
  personId: null,
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
};
const tie = (overrides: Partial<SuggestionTie> = {}): SuggestionTie => ({ ...baseTie, ...overrides });

const candidate = (personId: string, overrides: Partial<GapCandidate> = {}): GapCandidate => ({
  personId,
  name: personId,
  kind: 'senior',
  department: 'Engineering',
  organization: 'Acme',
  profession: 'Engineer',
  functionsOffered: ['sponsorship'],
  expertiseOffered: [],
  room: 3,
  fit: 0.5,
  fitReasons: [],
  ...overrides,
});

const base = (overrides: Partial<GapSuggestionInput> = {}): GapSuggestionInput => ({
  personId: 'me',
  reportingChain: ['boss', 'bosses-boss'],
  gaps: [{ function: 'sponsorship', expertiseAreas: [] }],
  ties: [tie({ personId: 'tied' })],
  candidates: [],
  ...overrides,
});

const namesFor = (input: GapSuggestionInput, gapIndex = 0) => suggestForGaps(input)[gapIndex]?.suggestions.map((s) => s.personId) ?? [];

describe('who is never suggested', () => {
  const cases: Array<{ name: string; who: GapCandidate }> = [
    { name: 'the person themselves', who: candidate('me') },
    { name: 'their supervisor', who: candidate('boss') },
    { name: 'anyone up their reporting chain', who: candidate('bosses-boss') },
    { name: 'someone already a tie', who: candidate('tied') },
    { name: 'someone at capacity or paused (no room)', who: candidate('full', { room: 0 }) },
    { name: 'someone who offers neither the function nor the expertise', who: candidate('other', { functionsOffered: ['coaching'] }) },
  ];
  for (const { name, who } of cases) {
    test(name, () => assert.deepEqual(namesFor(base({ candidates: [who, candidate('ok')] })), ['ok']));
  }
  test('a past tie is still a tie', () => {
    assert.deepEqual(namesFor(base({ ties: [tie({ personId: 'old', past: true })], candidates: [candidate('old'), candidate('ok')] })), [
      'ok',
    ]);
  });
});

describe('ranking: fit plus range, popular mentors not flooded', () => {
  const cases: Array<{ name: string; input: GapSuggestionInput; expected: string[] }> = [
    {
      name: 'better fit first',
      input: base({ candidates: [candidate('low', { fit: 0.3 }), candidate('high', { fit: 0.8 })] }),
      expected: ['high', 'low'],
    },
    {
      name: 'equal fit: the one from a new department ranks first',
      input: base({ candidates: [candidate('same'), candidate('finance', { department: 'Finance' })] }),
      expected: ['finance', 'same'],
    },
    {
      name: 'range does not beat a much better fit',
      input: base({
        candidates: [
          candidate('different', { department: 'Finance', profession: 'Accountant', kind: 'peer', fit: 0.3 }),
          candidate('fits', { fit: 0.9 }),
        ],
      }),
      expected: ['fits', 'different'],
    },
    {
      name: 'a mentor with one place left comes after others with similar fit',
      input: base({ candidates: [candidate('popular', { room: 1, fit: 0.62 }), candidate('free', { room: 2, fit: 0.6 })] }),
      expected: ['free', 'popular'],
    },
    {
      name: 'a mentor with one place left still ranks above a much weaker fit',
      input: base({ candidates: [candidate('popular', { room: 1, fit: 0.9 }), candidate('weak', { fit: 0.4 })] }),
      expected: ['popular', 'weak'],
    },
    {
      name: 'top 5 only',
      input: base({ candidates: Array.from({ length: 8 }, (_, i) => candidate(`c${i}`, { fit: i / 10 })) }),
      expected: ['c7', 'c6', 'c5', 'c4', 'c3'],
    },
    {
      name: 'the plan’s expertise for the gap qualifies someone who does not list the function',
      input: base({
        gaps: [{ function: 'sponsorship', expertiseAreas: ['Budgeting'] }],
        candidates: [candidate('expert', { functionsOffered: [], expertiseOffered: ['budgeting'] })],
      }),
      expected: ['expert'],
    },
  ];
  for (const { name, input, expected } of cases) test(name, () => assert.deepEqual(namesFor(input), expected));

  test('scores show their parts', () => {
    const [suggestion] =
      suggestForGaps(base({ candidates: [candidate('x', { department: 'Finance', kind: 'peer', room: 1, fit: 0.5 })] }))[0]?.suggestions ??
      [];
    assert.equal(suggestion?.rangeBonus, 2 * rangeBonusPerDimension);
    assert.equal(suggestion?.score, Math.round((0.5 + 2 * rangeBonusPerDimension - nearCapacityStep) * 1000) / 1000);
    assert.equal(suggestion?.nearCapacity, true);
  });
});

describe('reasons in plain words', () => {
  const cases: Array<{ name: string; input: GapSuggestionInput; reason: string }> = [
    {
      name: 'the function and a new department',
      input: base({ candidates: [candidate('x', { department: 'Finance' })] }),
      reason: 'offers sponsorship, which your network lacks; from Finance, where you have no ties',
    },
    {
      name: 'nothing new: the function alone',
      input: base({ candidates: [candidate('x')] }),
      reason: 'offers sponsorship, which your network lacks',
    },
    {
      name: 'a new profession and kind',
      input: base({ candidates: [candidate('x', { profession: 'Accountant', kind: 'peer' })] }),
      reason:
        'offers sponsorship, which your network lacks; their profession (Accountant) is new to your network; a professional peer, a kind of tie you have none of',
    },
    {
      name: 'with no ties at all, every known attribute is new',
      input: base({ ties: [], candidates: [candidate('x', { profession: null })] }),
      reason: 'offers sponsorship, which your network lacks; from Engineering, where you have no ties; from Acme, where you have no ties',
    },
    {
      name: 'expertise from the plan',
      input: base({
        gaps: [{ function: 'coaching', expertiseAreas: ['Public speaking'] }],
        candidates: [candidate('x', { functionsOffered: [], expertiseOffered: ['public speaking'] })],
      }),
      reason: 'knows Public speaking, which your plan needs for coaching',
    },
  ];
  for (const { name, input, reason } of cases) test(name, () => assert.equal(suggestForGaps(input)[0]?.suggestions[0]?.reason, reason));

  test('the engine’s reasons follow, then the capacity note', () => {
    const [suggestion] =
      suggestForGaps(base({ candidates: [candidate('x', { room: 1, fitReasons: ['both speak Portuguese'] })] }))[0]?.suggestions ?? [];
    assert.deepEqual(suggestion?.details, ['both speak Portuguese', 'has one place left, so others with a similar fit come first']);
  });

  test('one entry per gap, labelled, even when nobody fits', () => {
    const result = suggestForGaps(
      base({
        gaps: [
          { function: 'sponsorship', expertiseAreas: [] },
          { function: 'protection', expertiseAreas: [] },
        ],
        candidates: [candidate('x')],
      }),
    );
    assert.deepEqual(
      result.map((gap) => [gap.label, gap.suggestions.length]),
      [
        ['Sponsorship', 1],
        ['Protection', 0],
      ],
    );
  });
});

describe('the engine’s reasons, addressed to the person', () => {
  const cases: Array<[string, string]> = [
    ['offers sponsorship and coaching, which Kavya Nair seeks', 'offers sponsorship and coaching, which you seek'],
    ['offers budgeting, which Kavya Nair wants', 'offers budgeting, which you want'],
    ['and learns SQL from Kavya Nair in return', 'and learns SQL from you in return'],
    ['has 6 hours a month, enough for the 4 Kavya Nair asks for', 'has 6 hours a month, enough for the 4 you ask for'],
    ["is Kavya Nair's first choice", 'is your first choice'],
    ['both speak Portuguese', 'both speak Portuguese'],
  ];
  for (const [engine, expected] of cases) test(engine, () => assert.equal(toSecondPerson(engine, 'Kavya Nair'), expected));

  test('a profession that is also the department is not named twice', () => {
    const reason = suggestForGaps(base({ candidates: [candidate('x', { department: 'Finance', profession: 'finance' })] }))[0]
      ?.suggestions[0]?.reason;
    assert.equal(
      reason,
      'offers sponsorship, which your network lacks; from Finance, where you have no ties; a profession new to your network too',
    );
  });
});
