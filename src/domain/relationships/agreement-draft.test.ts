import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { AgreementContentSchema, type AgreementTemplate } from '../../../shared/schemas/agreements.ts';
import { defaultAgreementTemplate, draftAgreementFromTemplate } from './agreement-draft.ts';

const withTimeline = (timeline: AgreementTemplate['timeline']): AgreementTemplate => ({ ...defaultAgreementTemplate, timeline });

describe('draftAgreementFromTemplate', () => {
  const cases: Array<{
    name: string;
    timeline: AgreementTemplate['timeline'];
    startsOn: string;
    programEndsOn: string | null;
    reviewOn: string | null;
    endsOn: string | null;
  }> = [
    {
      name: 'default: review after 12 weeks, end after 6 months',
      timeline: { reviewAfterWeeks: 12, lengthMonths: 6 },
      startsOn: '2026-01-31',
      programEndsOn: null,
      reviewOn: '2026-04-25',
      endsOn: '2026-07-31',
    },
    {
      name: 'month end clamps (31 Aug + 6 months)',
      timeline: { reviewAfterWeeks: null, lengthMonths: 6 },
      startsOn: '2026-08-31',
      programEndsOn: null,
      reviewOn: null,
      endsOn: '2027-02-28',
    },
    {
      name: 'leap year',
      timeline: { reviewAfterWeeks: 1, lengthMonths: 1 },
      startsOn: '2028-01-31',
      programEndsOn: null,
      reviewOn: '2028-02-07',
      endsOn: '2028-02-29',
    },
    {
      name: 'the program ends first',
      timeline: { reviewAfterWeeks: 4, lengthMonths: 12 },
      startsOn: '2026-03-01',
      programEndsOn: '2026-09-30',
      reviewOn: '2026-03-29',
      endsOn: '2026-09-30',
    },
    {
      name: 'no length: the program’s end',
      timeline: { reviewAfterWeeks: null, lengthMonths: null },
      startsOn: '2026-03-01',
      programEndsOn: '2026-12-31',
      reviewOn: null,
      endsOn: '2026-12-31',
    },
    {
      name: 'a program end before the start is ignored',
      timeline: { reviewAfterWeeks: null, lengthMonths: 3 },
      startsOn: '2026-03-01',
      programEndsOn: '2026-01-01',
      reviewOn: null,
      endsOn: '2026-06-01',
    },
    {
      name: 'a review past the end is dropped',
      timeline: { reviewAfterWeeks: 30, lengthMonths: 3 },
      startsOn: '2026-03-01',
      programEndsOn: null,
      reviewOn: null,
      endsOn: '2026-06-01',
    },
    {
      name: 'no end at all',
      timeline: { reviewAfterWeeks: 2, lengthMonths: null },
      startsOn: '2026-03-01',
      programEndsOn: null,
      reviewOn: '2026-03-15',
      endsOn: null,
    },
  ];
  for (const c of cases) {
    test(c.name, () => {
      const draft = draftAgreementFromTemplate(withTimeline(c.timeline), { startsOn: c.startsOn, programEndsOn: c.programEndsOn });
      assert.deepEqual(draft.timeline, { startsOn: c.startsOn, reviewOn: c.reviewOn, endsOn: c.endsOn });
    });
  }

  test('copies the template’s text without sharing its lists', () => {
    const draft = draftAgreementFromTemplate(defaultAgreementTemplate, { startsOn: '2026-01-01', programEndsOn: null });
    assert.deepEqual(draft.expectations, defaultAgreementTemplate.expectations);
    draft.expectations.ofMentor.push('changed');
    assert.notEqual(defaultAgreementTemplate.expectations.ofMentor.at(-1), 'changed');
  });

  test('property: every draft is a valid agreement (review and end never before the start)', () => {
    const isoDate = fc
      .date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2090-12-31T00:00:00Z'), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10));
    fc.assert(
      fc.property(
        fc.option(fc.integer({ min: 1, max: 104 })),
        fc.option(fc.integer({ min: 1, max: 60 })),
        isoDate,
        fc.option(isoDate),
        (weeks, months, startsOn, programEndsOn) => {
          const draft = draftAgreementFromTemplate(withTimeline({ reviewAfterWeeks: weeks, lengthMonths: months }), {
            startsOn,
            programEndsOn,
          });
          const parsed = AgreementContentSchema.safeParse(draft);
          assert.ok(parsed.success, JSON.stringify(parsed.error?.issues));
          if (draft.timeline.endsOn && programEndsOn && programEndsOn >= startsOn) assert.ok(draft.timeline.endsOn <= programEndsOn);
        },
      ),
    );
  });
});
