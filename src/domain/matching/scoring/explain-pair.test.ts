import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { defaultMatchingRules } from '../../../../shared/schemas/matching-rules.ts';
import { blankMatchingProfile, type MatchingProfile } from './matching-profile.ts';
import { scorePair } from './score-pair.ts';

const referenceDate = new Date('2027-07-15T12:00:00Z');
const ana: MatchingProfile = {
  ...blankMatchingProfile('ana', 'Ana'),
  seniority: 2,
  timeZone: 'America/Sao_Paulo',
  languages: ['Portuguese', 'Spanish'],
  expertiseWanted: ['budgeting', 'negotiation'],
  functionsSought: ['coaching'],
  approach: 'guide_on_the_side',
  interests: ['chess', 'hiking'],
  preferredChannels: ['video'],
  availabilityHoursPerMonth: 4,
};
const bo: MatchingProfile = {
  ...blankMatchingProfile('bo', 'Bo'),
  seniority: 5,
  timeZone: 'Europe/Lisbon',
  languages: ['English', 'Portuguese'],
  expertiseOffered: ['Budgeting', 'forecasting'],
  functionsOffered: ['coaching', 'sponsorship'],
  approach: 'guide_on_the_side',
  interests: ['Chess'],
  preferredChannels: ['video', 'phone'],
  availabilityHoursPerMonth: 6,
};

describe('explainPair wording', () => {
  test('the top three reasons, most points first', () => {
    const result = scorePair(ana, bo, defaultMatchingRules, { referenceDate });
    assert.deepEqual(result.reasons, [
      'offers coaching, which Ana seeks',
      'both see mentoring as guidance through a chosen change',
      'offers budgeting, which Ana wants',
    ]);
    assert.deepEqual(result.warnings, []);
    assert.equal(result.feasible, true);
    assert.equal(result.failedRule, null);
  });

  test('every criterion in plain words', () => {
    const rules = {
      ...defaultMatchingRules,
      criteria: Object.fromEntries(Object.keys(defaultMatchingRules.criteria).map((c) => [c, { mode: 'weighted', weight: 1 }])),
    } as typeof defaultMatchingRules;
    const all = (mentee: MatchingProfile, mentor: MatchingProfile) => {
      const result = scorePair(mentee, mentor, rules, { referenceDate });
      return result.contributions.length; // reasons are capped at three: check each criterion alone below
    };
    assert.ok(all(ana, bo) > 0);
    const only = (criterion: string, mentee: MatchingProfile, mentor: MatchingProfile, r = defaultMatchingRules) => {
      const solo = {
        ...r,
        criteria: Object.fromEntries(Object.keys(r.criteria).map((c) => [c, { mode: c === criterion ? 'weighted' : 'off', weight: 1 }])),
      } as typeof defaultMatchingRules;
      return scorePair(mentee, mentor, solo, { referenceDate }).reasons.join(' | ');
    };
    assert.equal(only('language', ana, bo), 'both speak Portuguese');
    assert.equal(only('timeZone', ana, bo), '4 hours of shared working time');
    assert.equal(only('commonGround', ana, bo), 'shares an interest in chess');
    assert.equal(only('seniority', ana, bo), '3 levels more senior');
    assert.equal(only('channels', ana, bo), 'both prefer video call');
    assert.equal(only('availability', ana, bo), 'has 6 hours a month, enough for the 4 Ana asks for');
    assert.equal(
      only('preferences', { ...ana, rankedPicks: ['cy', 'bo'] }, { ...bo, prefer: ['ana'] }),
      "is Ana's second choice and would like to mentor Ana",
    );
    assert.equal(
      only(
        'expertise',
        { ...ana, expertiseOffered: ['SQL'] },
        { ...bo, expertiseWanted: ['sql'] },
        { ...defaultMatchingRules, programKind: 'learning_alliance' },
      ),
      'offers budgeting, which Ana wants and learns SQL from Ana in return',
    );
    assert.equal(
      only('commonGround', { ...ana, education: 'Economics', interests: [] }, { ...bo, education: 'economics', interests: [] }),
      'both studied Economics',
    );
  });

  test('matching-only background counts without being named; shared background is named', () => {
    const groundOnly = {
      ...defaultMatchingRules,
      criteria: Object.fromEntries(
        Object.keys(defaultMatchingRules.criteria).map((c) => [c, { mode: c === 'commonGround' ? 'weighted' : 'off', weight: 1 }]),
      ),
    } as typeof defaultMatchingRules;
    const secret = { label: 'First-generation graduate', value: 'yes', visibility: 'matching_only' as const };
    const shared = { ...secret, visibility: 'shared' as const };
    const a = { ...ana, interests: [], matchingAttributes: [secret] };
    const hidden = scorePair(a, { ...bo, interests: [], matchingAttributes: [shared] }, groundOnly, { referenceDate });
    assert.deepEqual(hidden.reasons, ['some background in common']);
    assert.equal(hidden.score, 1 / 3);
    const shown = scorePair({ ...a, matchingAttributes: [shared] }, { ...bo, interests: [], matchingAttributes: [shared] }, groundOnly, {
      referenceDate,
    });
    assert.deepEqual(shown.reasons, ['common background: First-generation graduate (yes)']);
  });

  test('warnings: approach mismatch, weak overlap, little time, junior mentor, no common language', () => {
    const mentee = {
      ...ana,
      approach: 'learning_alliance' as const,
      timeZone: 'Europe/Berlin',
      availabilityHoursPerMonth: 10,
      seniority: 6,
      languages: ['Polish'],
    };
    const mentor = { ...bo, approach: 'sage_on_the_stage' as const, timeZone: 'America/New_York', availabilityHoursPerMonth: 3 };
    const rules = {
      ...defaultMatchingRules,
      criteria: { ...defaultMatchingRules.criteria, language: { mode: 'weighted' as const, weight: 1 } },
    };
    const result = scorePair(mentee, mentor, rules, { referenceDate });
    assert.deepEqual(result.warnings, [
      'approach mismatch: Ana expects a learning alliance, Bo offers expert advice and open doors',
      'weak time-zone overlap: only 2 hours of shared working time',
      'no language in common',
      'little time: Bo has 3 hours a month, Ana asks for 10',
      'Bo is less senior than Ana',
    ]);
    assert.equal(result.feasible, true);
  });

  test('contributions: one per judged criterion, points are weight × value, score is their weighted mean', () => {
    const result = scorePair(ana, bo, defaultMatchingRules, { referenceDate });
    const total = result.contributions.reduce((sum, c) => sum + c.weight, 0);
    const points = result.contributions.reduce((sum, c) => sum + c.points, 0);
    assert.ok(Math.abs(result.score - points / total) < 1e-12);
    assert.deepEqual(
      result.contributions.map((c) => c.criterion),
      ['expertise', 'functions', 'approach', 'commonGround', 'language', 'timeZone', 'availability', 'channels', 'seniority'],
    );
  });
});
