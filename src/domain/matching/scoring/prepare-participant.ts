import { meetingChannels, mentoringApproaches, mentoringFunctions } from '../../../../shared/enums.ts';
import type { Answers } from '../../../../shared/schemas/intake-forms.ts';
import type { MatchingProfile } from './matching-profile.ts';
import { internPerson, internTerm, offsetOf, type ScoredQuestion, type ScoringSetup } from './scoring-setup.ts';
import { bitsetOf, sortedIds } from './id-sets.ts';

type AnswerValue = Answers[string];

/**
 * One participant's data, computed once per run so that scoring a pair allocates nothing: words
 * interned to sorted integer lists, functions and channels as bitmasks, the time zone as an offset.
 * Unknown numbers are NaN, an unknown approach is -1.
 */
export type PreparedParticipant = {
  profile: MatchingProfile;
  person: number;
  seniority: number;
  offsetMinutes: number;
  languages: Int32Array;
  languageBits: Int32Array;
  expertiseOffered: Int32Array;
  expertiseOfferedBits: Int32Array;
  expertiseWanted: Int32Array;
  /** Bit i is `mentoringFunctions[i]`. */
  functionsOffered: number;
  functionsSought: number;
  approach: number;
  availability: number;
  /** Bit i is `meetingChannels[i]`. */
  channels: number;
  /** Interests, education, profession, allowed background attributes (and department when counted). */
  commonGround: Int32Array;
  commonGroundBits: Int32Array;
  /** People this person may never be paired with: reporting chain, exclusions, avoid, and past partners unless repeats are allowed. */
  blocked: Int32Array;
  rankedPicks: Int32Array;
  prefer: Int32Array;
  /** One encoded answer per scored question (see `encodeAnswer`); NaN when unanswered. */
  answers: Float64Array;
};

function bitsOf<T>(values: readonly T[], vocabulary: readonly T[]): number {
  let mask = 0;
  for (const value of values) {
    const bit = vocabulary.indexOf(value);
    if (bit >= 0) mask |= 1 << bit;
  }
  return mask;
}

/**
 * Prepares a participant for scoring. Call it once per person and run, with the same setup for
 * everyone (the setup holds the interning tables).
 *
 * @example const ana = prepareParticipant(anaProfile, setup); scorePrepared(ana, bo, setup);
 */
export function prepareParticipant(profile: MatchingProfile, setup: ScoringSetup): PreparedParticipant {
  const terms = (kind: string, words: readonly string[]) => sortedIds(words.map((word) => internTerm(setup, kind, word)));
  const people = (ids: readonly string[]) => Int32Array.from(new Set(ids.map((id) => internPerson(setup, id))));
  const words = [
    ...profile.interests.map((interest) => `interest:${interest}`),
    ...profile.matchingAttributes.map((a) => `attribute:${a.label.trim()}=${a.value}`),
  ];
  if (profile.education) words.push(`education:${profile.education}`);
  if (profile.profession) words.push(`profession:${profile.profession}`);
  if (profile.department && setup.rules.countDepartment) words.push(`department:${profile.department}`);
  const languages = terms('language', profile.languages);
  const expertiseOffered = terms('expertise', profile.expertiseOffered);
  const commonGround = terms('ground', words);
  const blocked = [...profile.supervisorChain, ...profile.exclusions, ...profile.avoid];
  if (!setup.rules.allowRepeatPairs) blocked.push(...profile.previousPartners);
  return {
    profile,
    person: internPerson(setup, profile.id),
    seniority: profile.seniority ?? Number.NaN,
    offsetMinutes: offsetOf(setup, profile.timeZone),
    languages,
    languageBits: bitsetOf(languages),
    expertiseOffered,
    expertiseOfferedBits: bitsetOf(expertiseOffered),
    expertiseWanted: terms('expertise', profile.expertiseWanted),
    functionsOffered: bitsOf(profile.functionsOffered, mentoringFunctions),
    functionsSought: bitsOf(profile.functionsSought, mentoringFunctions),
    approach: profile.approach === null ? -1 : mentoringApproaches.indexOf(profile.approach),
    availability: profile.availabilityHoursPerMonth ?? Number.NaN,
    channels: bitsOf(profile.preferredChannels, meetingChannels),
    commonGround,
    commonGroundBits: bitsetOf(commonGround),
    blocked: people(blocked),
    rankedPicks: people(profile.rankedPicks),
    prefer: people(profile.prefer),
    answers: Float64Array.from(setup.questions, (q) => encodeAnswer(setup, q, profile.customAnswers[q.id])),
  };
}

/**
 * An answer as one number: an interned id (equal), a bitmask of chosen options (overlap), the
 * scale value, or days since 1970 (date). NaN when missing or of the wrong kind.
 */
export function encodeAnswer(setup: ScoringSetup, question: ScoredQuestion, answer: AnswerValue | undefined): number {
  switch (question.comparison) {
    case 'equal':
      return typeof answer === 'string' && answer.trim() !== '' ? internTerm(setup, `answer-${question.id}`, answer) : Number.NaN;
    case 'overlap': {
      const mask = Array.isArray(answer) ? bitsOf(answer, question.options.slice(0, 31)) : 0;
      return mask === 0 ? Number.NaN : mask;
    }
    case 'scale':
      return typeof answer === 'number' ? answer : Number.NaN;
    case 'date':
      return typeof answer === 'string' ? Math.floor(Date.parse(answer) / 86_400_000) : Number.NaN;
  }
}
