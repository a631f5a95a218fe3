import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { changedWordingFields, checkSmartGoal, type GoalWording, type SmartLetter } from './smart-goal.ts';

const complete: GoalWording = {
  specific: 'Lead the quarterly budget review for my team',
  measure: 'I present the review and answer the finance questions without help',
  achievable: 'Two hours a week, and my mentor has run ten of these',
  relevant: 'Budgeting is the gap in my plan to become a team lead',
  dueOn: '2027-09-30',
};

describe('checkSmartGoal', () => {
  const cases: Array<[string, Partial<GoalWording>, SmartLetter[], string?]> = [
    ['a complete goal', {}, []],
    ['a topic instead of an outcome', { specific: 'budgeting' }, ['S']],
    ['two words are still a topic', { specific: 'better budgeting' }, ['S']],
    ['three words read as an outcome', { specific: 'Lead budget review' }, []],
    ['no measure', { measure: '' }, ['M']],
    ['a measure of spaces only', { measure: '   \n ' }, ['M']],
    ['no reason it is achievable', { achievable: '' }, ['A']],
    ['no link to the career plan', { relevant: '' }, ['R']],
    ['no due date', { dueOn: null }, ['T']],
    ['a due date in the past', { dueOn: '2026-01-01' }, ['T'], '2026-06-01'],
    ['a due date today is still fine', { dueOn: '2026-06-01' }, [], '2026-06-01'],
    ['a past date without today is not judged', { dueOn: '2020-01-01' }, []],
    [
      'everything missing, in SMART order',
      { specific: 'x', measure: '', achievable: '', relevant: '', dueOn: null },
      ['S', 'M', 'A', 'R', 'T'],
    ],
  ];
  for (const [name, change, letters, today] of cases) {
    test(name, () => {
      const warnings = checkSmartGoal({ ...complete, ...change }, today);
      assert.deepEqual(
        warnings.map((w) => w.letter),
        letters,
      );
      for (const warning of warnings) assert.ok(warning.hint.length > 20, `a hint in plain words for ${warning.letter}`);
    });
  }

  test('each warning names the field that holds its letter', () => {
    const warnings = checkSmartGoal({ specific: '', measure: '', achievable: '', relevant: '', dueOn: null });
    assert.deepEqual(
      warnings.map((w) => w.field),
      ['specific', 'measure', 'achievable', 'relevant', 'dueOn'],
    );
  });

  test('a past due date has its own hint', () => {
    const [missing] = checkSmartGoal({ ...complete, dueOn: null });
    const [past] = checkSmartGoal({ ...complete, dueOn: '2000-01-01' }, '2026-01-01');
    assert.notEqual(missing?.hint, past?.hint);
  });

  test('property: filling a field never adds a warning, and at most five warnings', () => {
    const text = fc.oneof(fc.constant(''), fc.constant('  '), fc.string(), fc.lorem({ maxCount: 6 }));
    const wording = fc.record({
      specific: text,
      measure: text,
      achievable: text,
      relevant: text,
      dueOn: fc.option(fc.constant('2027-01-01'), { nil: null }),
    });
    fc.assert(
      fc.property(wording, (w) => {
        const before = checkSmartGoal(w);
        const after = checkSmartGoal({ ...w, measure: 'Two reviews led on my own' });
        assert.ok(before.length <= 5);
        assert.ok(after.every((a) => before.some((b) => b.letter === a.letter)));
      }),
    );
  });
});

describe('changedWordingFields', () => {
  const cases: Array<[string, Partial<GoalWording>, Array<keyof GoalWording>]> = [
    ['nothing changed', {}, []],
    ['only surrounding spaces changed', { measure: `  ${complete.measure} ` }, []],
    ['a new measure', { measure: 'Two reviews led' }, ['measure']],
    ['a date removed', { dueOn: null }, ['dueOn']],
    ['outcome and date', { specific: 'Lead the annual budget', dueOn: '2028-01-31' }, ['specific', 'dueOn']],
  ];
  for (const [name, change, fields] of cases) {
    test(name, () => assert.deepEqual(changedWordingFields(complete, { ...complete, ...change }), fields));
  }
});
