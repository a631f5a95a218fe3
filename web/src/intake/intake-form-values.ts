import type { QuestionKind, StandardProfileQuestion } from '../../../shared/enums.ts';
import type { IntakeForm, IntakeFormFields } from '../../../shared/schemas/index.ts';

export interface QuestionValues {
  id: string;
  kind: QuestionKind;
  label: string;
  help: string;
  options: string[];
  required: boolean;
  usableByMatching: boolean;
}

export interface IntakeFormValues {
  standardQuestions: StandardProfileQuestion[];
  customQuestions: QuestionValues[];
}

export function isChoiceKind(kind: QuestionKind): boolean {
  return kind === 'single_choice' || kind === 'multiple_choice';
}

/** A fresh id that fits the API's pattern; kept across versions so answers stay linked to their question. */
export function newQuestionId(existing: readonly QuestionValues[]): string {
  const taken = new Set(existing.map((question) => question.id));
  let id = '';
  do id = `q_${Math.random().toString(36).slice(2, 10)}`;
  while (taken.has(id));
  return id;
}

export function emptyQuestion(existing: readonly QuestionValues[]): QuestionValues {
  return { id: newQuestionId(existing), kind: 'short_text', label: '', help: '', options: [], required: false, usableByMatching: false };
}

export function intakeFormToValues(form: IntakeForm | null): IntakeFormValues {
  if (!form) return { standardQuestions: [], customQuestions: [] };
  return { standardQuestions: [...form.standardQuestions], customQuestions: form.customQuestions.map((question) => ({ ...question })) };
}

export function valuesToIntakeFormBody(values: IntakeFormValues): IntakeFormFields {
  return {
    standardQuestions: values.standardQuestions,
    customQuestions: values.customQuestions.map((question) => ({
      ...question,
      label: question.label.trim(),
      help: question.help.trim(),
      options: isChoiceKind(question.kind) ? question.options : [],
    })),
  };
}

/** Problems the API would report, keyed like its field paths ("customQuestions.0.label"). */
export function validateIntakeForm(values: IntakeFormValues): Record<string, string> {
  const errors: Record<string, string> = {};
  values.customQuestions.forEach((question, index) => {
    if (!question.label.trim()) errors[`customQuestions.${index}.label`] = 'Write the question';
    if (isChoiceKind(question.kind) && question.options.length < 2)
      errors[`customQuestions.${index}.options`] = 'Give at least two options';
  });
  return errors;
}
