import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { defaultMatchingRules, type MatchingRules } from '../../../../shared/schemas/matching-rules.ts';
import { blankMatchingProfile, type MatchingProfile } from './matching-profile.ts';
import { createScoringSetup, explainPair, prepareParticipant, scorePair, scorePrepared } from './score-pair.ts';

const referenceDate = new Date('2027-01-15T12:00:00Z');
const ana = (fields: Partial<MatchingProfile> = {}) => ({
  ...blankMatchingProfile('ana', 'Ana'),
  languages: ['Portuguese'],
  timeZone: 'Europe/Lisbon',
  seniority: 2,
  ...fields,
});
const bo = (fields: Partial<MatchingProfile> = {}) => ({
  ...blankMatchingProfile('bo', 'Bo'),
  languages: ['Portuguese', 'English'],
  timeZone: 'America/Sao_Paulo',
  seniority: 4,
  ...fields,
});
const withCriterion = (criterion: keyof MatchingRules['criteria'], mode: 'required' | 'weighted' | 'off'): Partial<MatchingRules> => ({
  criteria: { ...defaultMatchingRules.criteria, [criterion]: { mode, weight: 2 } },
});

type Row = [string, MatchingProfile, MatchingProfile, Partial<MatchingRules>, string | null];
const rows: Row[] = [
  ['a plain compatible pair', ana(), bo(), {}, null],
  ['the mentor is the mentee’s supervisor', ana({ supervisorChain: ['bo'] }), bo(), {}, 'reporting_chain'],
  ['the mentor is higher in the mentee’s reporting chain', ana({ supervisorChain: ['cy', 'di', 'bo'] }), bo(), {}, 'reporting_chain'],
  [
    'the mentee is the mentor’s supervisor (reverse program)',
    ana(),
    bo({ supervisorChain: ['ana'] }),
    { programKind: 'reverse' },
    'reporting_chain',
  ],
  ['the same person on both sides', ana(), { ...ana(), name: 'Ana again' }, {}, 'same_person'],
  ['paired before in this program', ana({ previousPartners: ['bo'] }), bo(), {}, 'repeat_pair'],
  ['paired before, repeats allowed', ana({ previousPartners: ['bo'] }), bo(), { allowRepeatPairs: true }, null],
  ['excluded by the coordinator', ana(), bo({ exclusions: ['ana'] }), {}, 'excluded'],
  ['the mentor avoids the mentee', ana(), bo({ avoid: ['ana'] }), {}, 'mentor_avoids'],
  ['no language in common (required by default)', ana({ languages: ['Polish'] }), bo(), {}, 'language'],
  ['no language in common, language only weighted', ana({ languages: ['Polish'] }), bo(), withCriterion('language', 'weighted'), null],
  ['under the minimum working overlap', ana({ timeZone: 'Asia/Tokyo' }), bo(), {}, 'timeZone'],
  ['under the minimum overlap, minimum set to 0', ana({ timeZone: 'Asia/Tokyo' }), bo(), { minTimeZoneOverlapHours: 0 }, null],
  ['a more junior mentor, seniority required', ana({ seniority: 5 }), bo(), withCriterion('seniority', 'required'), 'seniority'],
  [
    'a more junior mentor, seniority required, reverse program',
    ana({ seniority: 5 }),
    bo(),
    { ...withCriterion('seniority', 'required'), programKind: 'reverse' },
    null,
  ],
  [
    'a more junior mentor, seniority required, learning alliance',
    ana({ seniority: 5 }),
    bo(),
    { ...withCriterion('seniority', 'required'), programKind: 'learning_alliance' },
    null,
  ],
  [
    'nothing offered that is wanted, expertise required',
    ana({ expertiseWanted: ['sql'] }),
    bo({ expertiseOffered: ['sales'] }),
    withCriterion('expertise', 'required'),
    'expertise',
  ],
  ['unknown data never fails a required criterion', ana({ languages: [], timeZone: null }), bo(), {}, null],
];

describe('scorePair feasibility', () => {
  for (const [name, mentee, mentor, rulesPatch, failedRule] of rows) {
    test(`${name}: ${failedRule ?? 'feasible'}`, () => {
      const rules = { ...defaultMatchingRules, ...rulesPatch };
      const result = scorePair(mentee, mentor, rules, { referenceDate });
      assert.equal(result.failedRule, failedRule);
      assert.equal(result.feasible, failedRule === null);
      const setup = createScoringSetup(rules, { referenceDate });
      const fast = scorePrepared(prepareParticipant(mentee, setup), prepareParticipant(mentor, setup), setup);
      assert.equal(fast >= 0, result.feasible);
      if (result.feasible) assert.ok(Math.abs(fast - result.score) < 1e-12);
    });
  }

  test('interleaved calls give the same scores, and the explanation agrees', () => {
    const setup = createScoringSetup(defaultMatchingRules, { referenceDate });
    const a = prepareParticipant(ana({ expertiseWanted: ['sql'], interests: ['chess'] }), setup);
    const b = prepareParticipant(bo({ expertiseOffered: ['sql'], interests: ['chess'] }), setup);
    const c = prepareParticipant({ ...bo(), id: 'cy', name: 'Cy' }, setup);
    const first = scorePrepared(a, b, setup);
    scorePrepared(a, c, setup);
    assert.equal(scorePrepared(a, b, setup), first);
    assert.ok(Math.abs(explainPair(a, b, setup).score - first) < 1e-12);
  });
});
