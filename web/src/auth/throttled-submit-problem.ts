import { ApiError } from '../api/api-error.ts';
import { type SubmitProblem, toSubmitProblem } from '../api/field-issues.ts';

/**
 * What a public form shows for a refused submit: a 429 as "Too many attempts" with the wait the
 * server gave, anything else as field errors and a form message.
 *
 * @example const problem = throttledSubmitProblem(error, ['email']); form.setErrors(problem.fieldErrors);
 */
export function throttledSubmitProblem(error: unknown, knownFields: readonly string[]): SubmitProblem {
  if (error instanceof ApiError && error.code === 'too_many_attempts') {
    return { fieldErrors: {}, formMessage: `Too many attempts. ${error.message}` };
  }
  return toSubmitProblem(error, knownFields);
}
