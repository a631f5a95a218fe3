import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { CustomQuestion } from '../../../../shared/schemas/intake-forms.ts';
import {
  defaultMatchingRules,
  matchingCriteria,
  type MatchingCriterion,
  type MatchingRules,
} from '../../../../shared/schemas/matching-rules.ts';
import { criterionIndex } from './scoring-setup.ts';
import { blankMatchingProfile, type MatchingProfile } from './matching-profile.ts';
import { scorePair } from './score-pair.ts';

const referenceDate = new Date('2027-01-15T12:00:00Z');
const questions: CustomQuestion[] = [
  {
    id: 'sport',
    kind: 'single_choice',
    label: 'Favourite sport?',
    help: '',
    options: ['chess', 'football'],
    required: false,
    usableByMatching: true,
  },
  {
    id: 'topics',
    kind: 'multiple_choice',
    label: 'Topics?',
    help: '',
    options: ['a', 'b', 'c', 'd'],
    required: false,
    usableByMatching: true,
  },
  { id: 'structure', kind: 'scale', label: 'How structured?', help: '', options: [], required: false, usableByMatching: true },
  { id: 'start', kind: 'date', label: 'Start date?', help: '', options: [], required: false, usableByMatching: true },
  {
    id: 'secret',
    kind: 'single_choice',
    label: 'Not for matching',
    help: '',
    options: ['x', 'y'],
    required: false,
    usableByMatching: false,
  },
];

type Row = [string, MatchingCriterion, Partial<MatchingProfile>, Partial<MatchingProfile>, number | null, Partial<MatchingRules>?];

// value: the criterion's value for the pair (0..1), or null when it cannot be judged.
const rows: Row[] = [
  [
    'expertise: one of two wanted',
    'expertise',
    { expertiseWanted: ['Budgeting', 'SQL'] },
    { expertiseOffered: ['budgeting ', 'sales'] },
    0.5,
  ],
  ['expertise: nothing wanted is not judged', 'expertise', {}, { expertiseOffered: ['sales'] }, null],
  [
    'expertise: one-way in standard programs',
    'expertise',
    { expertiseWanted: ['sql'], expertiseOffered: ['design'] },
    { expertiseOffered: ['sql'], expertiseWanted: ['python'] },
    1,
  ],
  [
    'expertise: exchange in reverse programs',
    'expertise',
    { expertiseWanted: ['sql'], expertiseOffered: ['design'] },
    { expertiseOffered: ['sql'], expertiseWanted: ['python'] },
    0.5,
    { programKind: 'reverse' },
  ],
  [
    'expertise: exchange both ways',
    'expertise',
    { expertiseWanted: ['sql'], expertiseOffered: ['python'] },
    { expertiseOffered: ['sql'], expertiseWanted: ['python'] },
    1,
    { programKind: 'learning_alliance' },
  ],
  [
    'functions: two of three sought',
    'functions',
    { functionsSought: ['coaching', 'sponsorship', 'friendship'] },
    { functionsOffered: ['coaching', 'sponsorship'] },
    2 / 3,
  ],
  ['functions: none covered', 'functions', { functionsSought: ['protection'] }, { functionsOffered: ['coaching'] }, 0],
  ['approach: same', 'approach', { approach: 'guide_on_the_side' }, { approach: 'guide_on_the_side' }, 1],
  [
    'approach: alliance mentee, sage mentor is worst',
    'approach',
    { approach: 'learning_alliance' },
    { approach: 'sage_on_the_stage' },
    0.1,
  ],
  [
    'approach: matrix is editable',
    'approach',
    { approach: 'learning_alliance' },
    { approach: 'sage_on_the_stage' },
    0.3,
    {
      approachMatrix: [
        [1, 1, 1],
        [1, 1, 1],
        [0.3, 1, 1],
      ],
    },
  ],
  ['approach: unknown is not judged', 'approach', { approach: null }, { approach: 'sage_on_the_stage' }, null],
  ['common ground: one interest', 'commonGround', { interests: ['Chess', 'jazz'] }, { interests: ['chess'] }, 1 / 3],
  [
    'common ground: interest, education and profession',
    'commonGround',
    { interests: ['chess'], education: 'Law', profession: 'lawyer' },
    { interests: ['chess'], education: 'law', profession: 'Lawyer' },
    1,
  ],
  [
    'common ground: matching-only attribute counts',
    'commonGround',
    { matchingAttributes: [{ label: 'Parent', value: 'yes', visibility: 'matching_only' }] },
    { matchingAttributes: [{ label: 'Parent', value: 'yes', visibility: 'shared' }] },
    1 / 3,
  ],
  [
    'common ground: department excluded by default',
    'commonGround',
    { department: 'Finance', interests: ['chess'] },
    { department: 'Finance', interests: ['golf'] },
    0,
  ],
  [
    'common ground: department counted when asked',
    'commonGround',
    { department: 'Finance', interests: ['chess'] },
    { department: 'Finance', interests: ['golf'] },
    1 / 3,
    { countDepartment: true },
  ],
  ['language: one in common', 'language', { languages: ['Portuguese', 'English'] }, { languages: ['portuguese'] }, 1],
  ['language: none listed is not judged', 'language', { languages: [] }, { languages: ['English'] }, null],
  ['time zone: 5 h is full marks', 'timeZone', { timeZone: 'Europe/Lisbon' }, { timeZone: 'America/Sao_Paulo' }, 1],
  [
    'time zone: 2 h is half',
    'timeZone',
    { timeZone: 'Europe/Berlin' },
    { timeZone: 'America/New_York' },
    0.5,
    { criteria: { ...defaultMatchingRules.criteria } },
  ],
  ['availability: mentor has enough', 'availability', { availabilityHoursPerMonth: 4 }, { availabilityHoursPerMonth: 6 }, 1],
  ['availability: mentor has half', 'availability', { availabilityHoursPerMonth: 8 }, { availabilityHoursPerMonth: 4 }, 0.5],
  [
    'channels: one of the shorter list',
    'channels',
    { preferredChannels: ['video', 'phone'] },
    { preferredChannels: ['video', 'in_person', 'email'] },
    0.5,
  ],
  ['seniority: gap met', 'seniority', { seniority: 3 }, { seniority: 5 }, 1],
  ['seniority: peer is partial', 'seniority', { seniority: 3 }, { seniority: 3 }, 0.5],
  ['seniority: junior mentor is 0', 'seniority', { seniority: 5 }, { seniority: 3 }, 0],
  ['seniority: off in reverse programs', 'seniority', { seniority: 5 }, { seniority: 3 }, null, { programKind: 'reverse' }],
  ['preferences: first of two picks', 'preferences', { rankedPicks: ['mentor', 'other'] }, {}, 1],
  ['preferences: second of two picks', 'preferences', { rankedPicks: ['other', 'mentor'] }, {}, 0.5],
  ['preferences: not picked, but preferred by the mentor', 'preferences', { rankedPicks: ['other'] }, { prefer: ['mentee'] }, 0.5],
  ['preferences: none stated is not judged', 'preferences', {}, {}, null],
  ['custom: same single choice', 'customQuestions', { customAnswers: { sport: 'chess' } }, { customAnswers: { sport: 'chess' } }, 1],
  [
    'custom: overlap of choices',
    'customQuestions',
    { customAnswers: { topics: ['a', 'b'] } },
    { customAnswers: { topics: ['b', 'c'] } },
    1 / 3,
  ],
  ['custom: scale distance', 'customQuestions', { customAnswers: { structure: 2 } }, { customAnswers: { structure: 5 } }, 0.25],
  [
    'custom: date distance',
    'customQuestions',
    { customAnswers: { start: '2027-01-01' } },
    { customAnswers: { start: '2027-07-02' } },
    1 - 182 / 365,
  ],
  [
    'custom: mean over questions',
    'customQuestions',
    { customAnswers: { sport: 'chess', structure: 3 } },
    { customAnswers: { sport: 'football', structure: 3 } },
    0.5,
  ],
  [
    'custom: questions not usable by matching are ignored',
    'customQuestions',
    { customAnswers: { secret: 'x' } },
    { customAnswers: { secret: 'x' } },
    null,
  ],
];

describe('criteria', () => {
  test('criterionIndex follows matchingCriteria', () => {
    for (const [i, criterion] of matchingCriteria.entries()) assert.equal(criterionIndex[criterion], i);
  });

  for (const [name, criterion, menteeFields, mentorFields, expected, rulesPatch] of rows) {
    test(name, () => {
      const mentee = { ...blankMatchingProfile('mentee', 'Ana'), ...menteeFields };
      const mentor = { ...blankMatchingProfile('mentor', 'Bo'), ...mentorFields };
      const rules = { ...defaultMatchingRules, ...rulesPatch };
      const result = scorePair(mentee, mentor, rules, { referenceDate, customQuestions: questions });
      const contribution = result.contributions.find((c) => c.criterion === criterion);
      if (expected === null) return assert.equal(contribution, undefined);
      assert.ok(contribution, `${criterion} should be judged`);
      assert.ok(Math.abs(contribution.value - expected) < 1e-9, `${criterion}: ${contribution.value} ≠ ${expected}`);
      assert.equal(contribution.points, contribution.weight * contribution.value);
    });
  }
});
