import type { FieldIssue } from '../../../shared/schemas/index.ts';
import { ApiError, describeError } from './api-error.ts';

/** What a form needs from a failed submit: messages per known field, and everything else. */
export interface SubmitProblem {
  fieldErrors: Record<string, string>;
  /** A message for the whole form, or null when every problem sits next to a field. */
  formMessage: string | null;
}

/**
 * Splits a failed submit into messages shown next to fields (the server's `details`
 * `[{ field, message }]`) and one message for the rest.
 *
 * @example
 * const { fieldErrors, formMessage } = toSubmitProblem(error, ['email', 'password']);
 * form.setErrors(fieldErrors);
 */
export function toSubmitProblem(error: unknown, knownFields: readonly string[]): SubmitProblem {
  const issues: FieldIssue[] = error instanceof ApiError ? error.fieldIssues : [];
  const fieldErrors: Record<string, string> = {};
  const others: string[] = [];
  for (const issue of issues) {
    const path = normalizeFieldPath(issue.field);
    const field = knownFields.find((known) => path === known || path.startsWith(`${known}.`));
    if (field && !(field in fieldErrors)) fieldErrors[field] = issue.message;
    else others.push(issue.field ? `${issue.field}: ${issue.message}` : issue.message);
  }
  if (issues.length === 0) return { fieldErrors, formMessage: describeError(error) };
  if (others.length === 0) return { fieldErrors, formMessage: 'Please correct the highlighted fields.' };
  return { fieldErrors, formMessage: others.join(' ') };
}

/** "designChecklist[purpose].answer", "/designChecklist/purpose/answer" → "designChecklist.purpose.answer". */
function normalizeFieldPath(field: string): string {
  return field
    .replace(/\[["']?([^\]"']+)["']?\]/g, '.$1')
    .replace(/\//g, '.')
    .replace(/^(body\.)?\.*/, '');
}
