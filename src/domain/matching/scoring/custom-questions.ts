import { countBits } from './id-sets.ts';
import type { PreparedParticipant } from './prepare-participant.ts';
import type { ScoredQuestion, ScoringSetup } from './scoring-setup.ts';
import { listWords } from './wording.ts';

/** Answers this many days apart or more count as unrelated. */
const DATE_RANGE_DAYS = 365;

/** Agreement (0..1) of two encoded answers; NaN when either is missing. */
export function answerAgreement(question: ScoredQuestion, a: number, b: number): number {
  if (Number.isNaN(a) || Number.isNaN(b)) return Number.NaN;
  switch (question.comparison) {
    case 'equal':
      return a === b ? 1 : 0;
    case 'overlap':
      return countBits(a & b) / countBits(a | b);
    case 'scale': {
      const d = a > b ? a - b : b - a;
      return d >= 4 ? 0 : 1 - d / 4;
    }
    case 'date': {
      const d = a > b ? a - b : b - a;
      return d >= DATE_RANGE_DAYS ? 0 : 1 - d / DATE_RANGE_DAYS;
    }
  }
}

/**
 * Mean agreement over the custom questions both people answered (equal for single choice and
 * short text, overlap for multiple choice, distance for scale and date). NaN when none.
 *
 * @example customQuestionsFit(ana, bo, setup) // 0.75 for scale answers 4 and 5
 */
export function customQuestionsFit(mentee: PreparedParticipant, mentor: PreparedParticipant, setup: ScoringSetup): number {
  const questions = setup.questions;
  let sum = 0;
  let count = 0;
  for (let i = 0; i < questions.length; i++) {
    const agreement = answerAgreement(questions[i] as ScoredQuestion, mentee.answers[i] as number, mentor.answers[i] as number);
    if (!Number.isNaN(agreement)) {
      sum += agreement;
      count++;
    }
  }
  return count === 0 ? Number.NaN : sum / count;
}

/** "same answer to “Favourite sport?”"; answers themselves are never quoted. */
export function describeCustomQuestions(mentee: PreparedParticipant, mentor: PreparedParticipant, setup: ScoringSetup): string | null {
  const same: string[] = [];
  const close: string[] = [];
  setup.questions.forEach((question, i) => {
    const agreement = answerAgreement(question, mentee.answers[i] as number, mentor.answers[i] as number);
    if (agreement === 1) same.push(`“${question.label}”`);
    else if (agreement >= 0.5) close.push(`“${question.label}”`);
  });
  if (same.length > 0) return `same answer to ${listWords(same, 2)}`;
  return close.length > 0 ? `similar answers to ${listWords(close, 2)}` : null;
}
