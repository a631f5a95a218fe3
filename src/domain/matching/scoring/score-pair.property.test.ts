import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { attributeVisibilities, meetingChannels, mentoringApproaches, mentoringFunctions } from '../../../../shared/enums.ts';
import {
  criterionModes,
  defaultMatchingRules,
  matchingCriteria,
  programKinds,
  type MatchingRules,
} from '../../../../shared/schemas/matching-rules.ts';
import type { IdentityAttribute } from '../../../../shared/schemas/profiles.ts';
import { blankMatchingProfile, matchingAttributesOf, type MatchingProfile } from './matching-profile.ts';
import { asSeenByParticipant } from './participant-view.ts';
import { createScoringSetup, explainPair, prepareParticipant, scorePrepared } from './score-pair.ts';
import { workingHoursOverlap } from './time-zone-overlap.ts';

const referenceDate = new Date('2027-03-20T12:00:00Z');
const zones = ['Europe/Lisbon', 'America/Sao_Paulo', 'America/New_York', 'Asia/Kolkata', 'Asia/Tokyo', 'Pacific/Honolulu'];
const skills = ['budgeting', 'sql', 'sales', 'hiring', 'design'];
const ids = ['mentee', 'mentor', 'boss', 'other'];

const attribute = fc.record({
  label: fc.constantFrom('Parent', 'First-generation graduate', 'Veteran'),
  value: fc.constantFrom('yes', 'no', 'ZZSECRET'),
  visibility: fc.constantFrom(...attributeVisibilities),
});

const person = (id: string) =>
  fc.record({
    seniority: fc.option(fc.integer({ min: 1, max: 8 }), { nil: null }),
    timeZone: fc.option(fc.constantFrom(...zones), { nil: null }),
    languages: fc.subarray(['English', 'Portuguese', 'Hindi']),
    expertiseOffered: fc.subarray(skills),
    expertiseWanted: fc.subarray(skills),
    functionsOffered: fc.subarray([...mentoringFunctions]),
    functionsSought: fc.subarray([...mentoringFunctions]),
    approach: fc.option(fc.constantFrom(...mentoringApproaches), { nil: null }),
    availabilityHoursPerMonth: fc.option(fc.integer({ min: 0, max: 12 }), { nil: null }),
    preferredChannels: fc.subarray([...meetingChannels]),
    interests: fc.subarray(['chess', 'jazz', 'running']),
    education: fc.option(fc.constantFrom('Law', 'Economics'), { nil: null }),
    department: fc.option(fc.constantFrom('Finance', 'Sales'), { nil: null }),
    identityAttributes: fc.array(attribute, { maxLength: 3 }),
    supervisorChain: fc.subarray(ids.filter((other) => other !== id)),
    rankedPicks: fc.subarray(ids),
    prefer: fc.subarray(ids),
    avoid: fc.subarray(['mentee', 'other']),
    previousPartners: fc.subarray(['mentor', 'mentee', 'other']),
  });

const rules: fc.Arbitrary<MatchingRules> = fc.record({
  programKind: fc.constantFrom(...programKinds),
  criteria: fc.record(
    Object.fromEntries(
      matchingCriteria.map((c) => [c, fc.record({ mode: fc.constantFrom(...criterionModes), weight: fc.integer({ min: 0, max: 5 }) })]),
    ) as {
      [C in keyof MatchingRules['criteria']]: fc.Arbitrary<MatchingRules['criteria'][C]>;
    },
  ),
  approachMatrix: fc.constant(defaultMatchingRules.approachMatrix),
  minTimeZoneOverlapHours: fc.integer({ min: 0, max: 6 }),
  minSeniorityGap: fc.integer({ min: 0, max: 3 }),
  countDepartment: fc.boolean(),
  allowRepeatPairs: fc.boolean(),
  circles: fc.constant(defaultMatchingRules.circles),
});

type Generated = { identityAttributes: IdentityAttribute[] } & Partial<MatchingProfile>;
function toProfile(id: string, name: string, { identityAttributes, ...fields }: Generated): MatchingProfile {
  return { ...blankMatchingProfile(id, name), ...fields, matchingAttributes: matchingAttributesOf(identityAttributes) };
}

function score(mentee: MatchingProfile, mentor: MatchingProfile, r: MatchingRules) {
  const setup = createScoringSetup(r, { referenceDate });
  const a = prepareParticipant(mentee, setup);
  const b = prepareParticipant(mentor, setup);
  return { fast: scorePrepared(a, b, setup), explained: explainPair(a, b, setup) };
}

const pair = fc.tuple(person('mentee'), person('mentor'), rules);
const lower = (words: string[]) => words.map((w) => w.toLowerCase());

describe('scoring properties', () => {
  test('the score is in [0, 1] or -1, and the explanation agrees with the hot path', () => {
    fc.assert(
      fc.property(pair, ([m, n, r]) => {
        const { fast, explained } = score(toProfile('mentee', 'Ana', m), toProfile('mentor', 'Bo', n), r);
        assert.ok(fast === -1 || (fast >= 0 && fast <= 1), `score ${fast}`);
        assert.ok(explained.score >= 0 && explained.score <= 1);
        assert.equal(fast >= 0, explained.feasible);
        if (explained.feasible) assert.ok(Math.abs(fast - explained.score) < 1e-12);
        assert.ok(explained.reasons.length <= 3);
      }),
      { numRuns: 500 },
    );
  });

  test('a pair that breaks a required rule or a conflict is never feasible', () => {
    fc.assert(
      fc.property(pair, ([m, n, r]) => {
        const mentee = toProfile('mentee', 'Ana', m);
        const mentor = toProfile('mentor', 'Bo', n);
        if (score(mentee, mentor, r).fast < 0) return;
        const required = (c: keyof MatchingRules['criteria']) => r.criteria[c].mode === 'required';
        assert.ok(!mentee.supervisorChain.includes('mentor') && !mentor.supervisorChain.includes('mentee'));
        assert.ok(!mentor.avoid.includes('mentee'));
        if (!r.allowRepeatPairs) assert.ok(!mentee.previousPartners.includes('mentor') && !mentor.previousPartners.includes('mentee'));
        if (required('language') && mentee.languages.length > 0 && mentor.languages.length > 0) {
          assert.ok(lower(mentee.languages).some((l) => lower(mentor.languages).includes(l)));
        }
        if (required('timeZone') && mentee.timeZone && mentor.timeZone) {
          assert.ok(workingHoursOverlap(mentee.timeZone, mentor.timeZone, referenceDate) >= r.minTimeZoneOverlapHours);
        }
        if (required('seniority') && r.programKind === 'standard' && mentee.seniority !== null && mentor.seniority !== null) {
          assert.ok(mentor.seniority - mentee.seniority >= r.minSeniorityGap);
        }
        if (required('expertise') && r.programKind === 'standard' && mentee.expertiseWanted.length > 0) {
          assert.ok(mentee.expertiseWanted.some((s) => mentor.expertiseOffered.includes(s)));
        }
        if (required('functions') && mentee.functionsSought.length > 0) {
          assert.ok(mentee.functionsSought.some((f) => mentor.functionsOffered.includes(f)));
        }
      }),
      { numRuns: 500 },
    );
  });

  test('private attributes never influence the score or the explanation', () => {
    const privateOnly = fc.array(
      fc.record({
        label: fc.string({ minLength: 1, maxLength: 8 }),
        value: fc.constantFrom('yes', 'ZZSECRET'),
        visibility: fc.constant('private' as const),
      }),
      { maxLength: 3 },
    );
    fc.assert(
      fc.property(pair, privateOnly, privateOnly, ([m, n, r], extraA, extraB) => {
        const before = score(toProfile('mentee', 'Ana', m), toProfile('mentor', 'Bo', n), r);
        const changed = (g: Generated, extra: IdentityAttribute[]) => ({
          ...g,
          identityAttributes: [
            ...g.identityAttributes.map((a) => (a.visibility === 'private' ? { ...a, value: `${a.value}-changed` } : a)),
            ...extra,
          ],
        });
        const after = score(toProfile('mentee', 'Ana', changed(m, extraA)), toProfile('mentor', 'Bo', changed(n, extraB)), r);
        assert.equal(after.fast, before.fast);
        assert.deepEqual(after.explained, before.explained);
      }),
      { numRuns: 300 },
    );
  });

  test('matching-only attribute values are never named in reasons or warnings', () => {
    fc.assert(
      fc.property(pair, ([m, n, r]) => {
        const { explained } = score(toProfile('mentee', 'Ana', m), toProfile('mentor', 'Bo', n), r);
        const shownByBoth = (label: string) =>
          [m, n].every((g) => g.identityAttributes.some((a) => a.label === label && a.value === 'ZZSECRET' && a.visibility === 'shared'));
        for (const line of explained.warnings) assert.ok(!line.includes('ZZSECRET'), line);
        for (const line of explained.reasons) {
          if (!line.includes('ZZSECRET')) continue;
          assert.ok(
            ['Parent', 'First-generation graduate', 'Veteran'].some((label) => line.includes(`${label} (ZZSECRET)`) && shownByBoth(label)),
            line,
          );
        }
      }),
      { numRuns: 300 },
    );
  });

  test('what a participant is shown never depends on what the other keeps from them (matching-only attributes, marks)', () => {
    const hidden = fc.record({
      matchingOnly: fc.array(
        fc.record({
          label: fc.constantFrom('Parent', 'First-generation graduate', 'Veteran'),
          value: fc.constantFrom('yes', 'no', 'ZZSECRET'),
          visibility: fc.constant('matching_only' as const),
        }),
        { maxLength: 3 },
      ),
      prefer: fc.subarray(ids),
      avoid: fc.subarray(['mentee', 'other']),
    });
    fc.assert(
      fc.property(pair, hidden, ([m, n, r], other) => {
        const mentee = toProfile('mentee', 'Ana', m);
        const mentor = toProfile('mentor', 'Bo', n);
        const kept = mentor.matchingAttributes.filter((a) => a.visibility === 'shared');
        const changed = { ...mentor, matchingAttributes: [...kept, ...other.matchingOnly], prefer: other.prefer, avoid: other.avoid };
        const before = score(mentee, asSeenByParticipant(mentor), r);
        const after = score(mentee, asSeenByParticipant(changed), r);
        assert.equal(after.fast, before.fast);
        assert.deepEqual(after.explained, before.explained);
      }),
      { numRuns: 300 },
    );
  });

  test('same input, same result, whatever order people are prepared in', () => {
    fc.assert(
      fc.property(pair, ([m, n, r]) => {
        const mentee = toProfile('mentee', 'Ana', m);
        const mentor = toProfile('mentor', 'Bo', n);
        const once = score(mentee, mentor, r);
        assert.deepEqual(score(mentee, mentor, r), once);
        const setup = createScoringSetup(r, { referenceDate });
        const b = prepareParticipant(mentor, setup);
        prepareParticipant(toProfile('other', 'Cy', m), setup);
        const a = prepareParticipant(mentee, setup);
        assert.equal(scorePrepared(a, b, setup), once.fast);
        assert.deepEqual(explainPair(a, b, setup), once.explained);
      }),
      { numRuns: 200 },
    );
  });
});
