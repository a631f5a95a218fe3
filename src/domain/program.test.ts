import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { checklistStatuses, designChecklistItems } from '../../shared/enums.ts';
import { completeDesignChecklist, countOpenChecklistItems, findProgramDateIssues } from './program.ts';

describe('completeDesignChecklist', () => {
  test('fills every missing item as open', () => {
    const checklist = completeDesignChecklist({ purpose: { status: 'answered', answer: 'Grow leaders' } });
    assert.deepEqual(Object.keys(checklist).sort(), [...designChecklistItems].sort());
    assert.deepEqual(checklist.purpose, { status: 'answered', answer: 'Grow leaders' });
    assert.equal(countOpenChecklistItems(checklist), designChecklistItems.length - 1);
  });

  test('an item marked answered with no text stays open', () => {
    const checklist = completeDesignChecklist({ training_plan: { status: 'answered', answer: '   ' } });
    assert.equal(checklist.training_plan.status, 'open');
  });

  test('property: always complete, and answered only when there is text', () => {
    const entry = fc.record({ status: fc.constantFrom(...checklistStatuses), answer: fc.string({ maxLength: 40 }) });
    const partial = fc.dictionary(fc.constantFrom(...designChecklistItems), entry);
    fc.assert(
      fc.property(partial, (input) => {
        const checklist = completeDesignChecklist(input);
        for (const item of designChecklistItems) {
          const result = checklist[item];
          assert.ok(result);
          if (result.status === 'answered') assert.ok(result.answer.trim().length > 0);
          const given = input[item];
          if (given) assert.equal(result.answer, given.answer);
        }
        return countOpenChecklistItems(checklist) <= designChecklistItems.length;
      }),
    );
  });
});

describe('findProgramDateIssues', () => {
  const cases: Array<[string | null, string | null, boolean]> = [
    ['2027-01-01', '2027-12-31', true],
    ['2027-01-01', '2027-01-01', true],
    ['2027-02-01', '2027-01-31', false],
    [null, '2027-01-31', true],
    ['2027-02-01', null, true],
    [null, null, true],
  ];
  for (const [startsOn, endsOn, valid] of cases) {
    test(`${startsOn} → ${endsOn} is ${valid ? 'valid' : 'invalid'}`, () => {
      const issues = findProgramDateIssues({ startsOn, endsOn });
      assert.equal(issues.length === 0, valid);
      if (!valid) assert.equal(issues[0]?.field, 'endsOn');
    });
  }
});
