import { mentoringApproaches } from '../../../../shared/enums.ts';
import type { CustomQuestion } from '../../../../shared/schemas/intake-forms.ts';
import { matchingCriteria, type MatchingRules } from '../../../../shared/schemas/matching-rules.ts';
import { timeZoneOffsetMinutes } from './time-zone-overlap.ts';

/** Positions of the criteria in `ScoringSetup.weight`, `active` and `requiredMask` (the order of `matchingCriteria`). */
export const criterionIndex = Object.fromEntries(matchingCriteria.map((c, i) => [c, i])) as Record<
  (typeof matchingCriteria)[number],
  number
>;

/** What scoring needs besides the rules: the date for time-zone offsets and the program's intake questions. */
export type ScoringContext = {
  /** Offsets of every time zone are taken at this instant (summer or winter time). */
  referenceDate: Date;
  /** The program's custom intake questions; only those marked usable by matching count. */
  customQuestions?: readonly CustomQuestion[];
};

/** How a custom question's answers are compared. */
export type AnswerComparison = 'equal' | 'overlap' | 'scale' | 'date';

export type ScoredQuestion = { id: string; label: string; comparison: AnswerComparison; options: readonly string[] };

/**
 * Rules compiled once for a run, so the hot path reads numbers from typed arrays instead of
 * strings from nested objects, plus the interning tables every prepared participant shares.
 */
export type ScoringSetup = {
  rules: MatchingRules;
  referenceDate: Date;
  /** Effective weight of each criterion (0 when off), by `criterionIndex`. */
  weight: Float64Array;
  /** Bit i set where criterion i is required. */
  requiredMask: number;
  /** 1 where the criterion is scored at all. */
  active: Uint8Array;
  /** Approach matrix flattened: mentee approach × 3 + mentor approach. */
  approachMatrix: Float64Array;
  exchangeExpertise: boolean;
  minOverlapMinutes: number;
  minSeniorityGap: number;
  questions: readonly ScoredQuestion[];
  /** Interned words (languages, expertise, interests…) and people ids: small integers. */
  terms: Map<string, number>;
  termCounts: Map<string, number>;
  people: Map<string, number>;
  offsets: Map<string, number>;
  /** The same rules as plain fields, for the hot path. */
  hot: HotRules;
};

/**
 * Per criterion: its weight, or -1 when off, and whether it is required. Plain number and boolean
 * fields on one fixed-shape object read faster in `scorePrepared` than typed arrays indexed by criterion.
 */
export type HotRules = { [C in (typeof matchingCriteria)[number]]: number } & {
  [C in (typeof matchingCriteria)[number] as `${C}Required`]: boolean;
} & { minOverlapMinutes: number; minSeniorityGap: number; exchangeExpertise: boolean; hasQuestions: boolean };

const comparisons: Partial<Record<CustomQuestion['kind'], AnswerComparison>> = {
  short_text: 'equal',
  single_choice: 'equal',
  multiple_choice: 'overlap',
  scale: 'scale',
  date: 'date',
};

/**
 * Compiles a program's rules for scoring. Seniority is off in reverse and learning-alliance
 * programs whatever its mode; long-text questions are never compared.
 *
 * @example const setup = createScoringSetup(defaultMatchingRules, { referenceDate: new Date('2027-03-01') });
 */
export function createScoringSetup(rules: MatchingRules, context: ScoringContext): ScoringSetup {
  const weight = new Float64Array(matchingCriteria.length);
  let requiredMask = 0;
  const active = new Uint8Array(matchingCriteria.length);
  matchingCriteria.forEach((criterion, i) => {
    const rule = rules.criteria[criterion];
    const on = rule.mode !== 'off' && !(criterion === 'seniority' && rules.programKind !== 'standard');
    active[i] = on ? 1 : 0;
    if (on && rule.mode === 'required') requiredMask |= 1 << i;
    weight[i] = on ? rule.weight : 0;
  });
  const approachMatrix = new Float64Array(mentoringApproaches.length ** 2);
  for (const [mentee, row] of rules.approachMatrix.entries())
    for (const [mentor, value] of row.entries()) approachMatrix[mentee * 3 + mentor] = value;
  const questions: ScoredQuestion[] = [];
  for (const q of context.customQuestions ?? []) {
    const comparison = comparisons[q.kind];
    if (q.usableByMatching && comparison) questions.push({ id: q.id, label: q.label, comparison, options: q.options });
  }
  return {
    rules,
    referenceDate: context.referenceDate,
    weight,
    requiredMask,
    active,
    approachMatrix,
    exchangeExpertise: rules.programKind !== 'standard',
    minOverlapMinutes: Math.round(rules.minTimeZoneOverlapHours * 60),
    minSeniorityGap: rules.minSeniorityGap,
    questions,
    terms: new Map(),
    termCounts: new Map(),
    people: new Map(),
    offsets: new Map(),
    hot: compileHotRules(weight, active, requiredMask, rules, questions.length > 0),
  };
}

function compileHotRules(
  weight: Float64Array,
  active: Uint8Array,
  requiredMask: number,
  rules: MatchingRules,
  hasQuestions: boolean,
): HotRules {
  const at = (c: (typeof matchingCriteria)[number]) => (active[criterionIndex[c]] === 1 ? (weight[criterionIndex[c]] as number) : -1);
  const needs = (c: (typeof matchingCriteria)[number]) => ((requiredMask >> criterionIndex[c]) & 1) === 1;
  // Written out field by field so every setup's HotRules has the same hidden class.
  return {
    expertise: at('expertise'),
    functions: at('functions'),
    approach: at('approach'),
    commonGround: at('commonGround'),
    language: at('language'),
    timeZone: at('timeZone'),
    availability: at('availability'),
    channels: at('channels'),
    seniority: at('seniority'),
    preferences: at('preferences'),
    customQuestions: at('customQuestions'),
    expertiseRequired: needs('expertise'),
    functionsRequired: needs('functions'),
    approachRequired: needs('approach'),
    commonGroundRequired: needs('commonGround'),
    languageRequired: needs('language'),
    timeZoneRequired: needs('timeZone'),
    availabilityRequired: needs('availability'),
    channelsRequired: needs('channels'),
    seniorityRequired: needs('seniority'),
    preferencesRequired: needs('preferences'),
    customQuestionsRequired: needs('customQuestions'),
    minOverlapMinutes: Math.round(rules.minTimeZoneOverlapHours * 60),
    minSeniorityGap: rules.minSeniorityGap,
    exchangeExpertise: rules.programKind !== 'standard',
    hasQuestions,
  };
}

/**
 * The small integer for a word of one kind (`language`, `expertise`…), ignoring case and spaces
 * around, added on first sight. Ids are dense per kind (0, 1, 2…) so they index small bitsets.
 */
export function internTerm(setup: ScoringSetup, kind: string, word: string): number {
  const key = `${kind}:${word.trim().toLowerCase()}`;
  let id = setup.terms.get(key);
  if (id === undefined) {
    id = setup.termCounts.get(kind) ?? 0;
    setup.termCounts.set(kind, id + 1);
    setup.terms.set(key, id);
  }
  return id;
}

/** The small integer for a person id, added on first sight. */
export function internPerson(setup: ScoringSetup, personId: string): number {
  let id = setup.people.get(personId);
  if (id === undefined) {
    id = setup.people.size;
    setup.people.set(personId, id);
  }
  return id;
}

/** A time zone's UTC offset on the reference date, in minutes; NaN when unknown. */
export function offsetOf(setup: ScoringSetup, timeZone: string | null): number {
  if (timeZone === null) return Number.NaN;
  let offset = setup.offsets.get(timeZone);
  if (offset === undefined) {
    offset = timeZoneOffsetMinutes(timeZone, setup.referenceDate);
    setup.offsets.set(timeZone, offset);
  }
  return offset;
}
