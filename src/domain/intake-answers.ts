import { dateRanges } from '../../shared/limits.ts';
import { dayBounds, isSingleLine, singleLineMessage } from '../../shared/schemas/common.ts';
import type { Answers, CustomQuestion } from '../../shared/schemas/intake-forms.ts';
import type { FieldIssue } from './errors.ts';

/**
 * Checks answers against the form's custom questions: each answer fits its question's kind, and
 * on submission every required question is answered. Unknown question ids are refused.
 *
 * @example findAnswerIssues(questions, { goals: 'Lead a team' }, { submitting: true })
 */
export function findAnswerIssues(questions: CustomQuestion[], answers: Answers, options: { submitting: boolean }): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const byId = new Map(questions.map((q) => [q.id, q]));
  for (const id of Object.keys(answers)) {
    if (!byId.has(id)) issues.push({ field: `answers.${id}`, message: 'is not a question of this form' });
  }
  for (const question of questions) {
    const field = `answers.${question.id}`;
    const value = answers[question.id];
    const empty = value === undefined || value === '' || (Array.isArray(value) && value.length === 0);
    if (empty) {
      if (options.submitting && question.required) issues.push({ field, message: 'is required' });
      continue;
    }
    const problem = answerProblem(question, value);
    if (problem) issues.push({ field, message: problem });
  }
  return issues;
}

function answerProblem(question: CustomQuestion, value: string | string[] | number): string | null {
  switch (question.kind) {
    case 'short_text':
      if (typeof value !== 'string' || value.length > 300) return 'must be text of at most 300 characters';
      return isSingleLine(value) ? null : singleLineMessage;
    case 'long_text':
      return typeof value === 'string' ? null : 'must be text';
    case 'single_choice':
      return typeof value === 'string' && question.options.includes(value) ? null : 'must be one of the options';
    case 'multiple_choice':
      return Array.isArray(value) && value.every((v) => question.options.includes(v)) ? null : 'must be some of the options';
    case 'scale':
      return typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 5 ? null : 'must be a whole number from 1 to 5';
    case 'date': {
      if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(value)))
        return 'must be a date (YYYY-MM-DD)';
      const { min, max } = dayBounds(dateRanges.answer);
      return value >= min && value <= max ? null : `must be between ${min} and ${max}`;
    }
  }
}
