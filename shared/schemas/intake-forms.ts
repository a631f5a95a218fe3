import { z } from 'zod';
import { questionKinds, standardProfileQuestions } from '../enums.ts';
import { IdSchema, SingleLineTextSchema, TimestampSchema } from './common.ts';

/** A coordinator's own intake question. Choice questions list their options. */
export const CustomQuestionSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9_-]{1,40}$/, 'must be 1-40 of a-z, 0-9, _ and -'),
    kind: z.enum(questionKinds),
    label: SingleLineTextSchema(300).min(1),
    help: z.string().trim().max(500).default(''),
    options: z.array(SingleLineTextSchema(120).min(1)).max(30).default([]),
    required: z.boolean().default(false),
    usableByMatching: z.boolean().default(false),
  })
  .refine((q) => !['single_choice', 'multiple_choice'].includes(q.kind) || q.options.length >= 2, {
    message: 'choice questions need at least two options',
    path: ['options'],
  });
export type CustomQuestion = z.infer<typeof CustomQuestionSchema>;

export const IntakeFormFieldsSchema = z.object({
  standardQuestions: z.array(z.enum(standardProfileQuestions)).max(standardProfileQuestions.length),
  customQuestions: z
    .array(CustomQuestionSchema)
    .max(50)
    .refine((questions) => new Set(questions.map((q) => q.id)).size === questions.length, 'question ids must be unique'),
});
export type IntakeFormFields = z.input<typeof IntakeFormFieldsSchema>;

/** One version of a program's intake form; editing makes a new version. */
export const IntakeFormSchema = z.object({
  id: IdSchema,
  programId: IdSchema,
  version: z.number().int(),
  standardQuestions: z.array(z.enum(standardProfileQuestions)),
  customQuestions: z.array(CustomQuestionSchema),
  createdAt: TimestampSchema,
});
export type IntakeForm = z.infer<typeof IntakeFormSchema>;

/** An answer to a custom question: text, a choice, choices, a 1-5 score or a date. */
export const AnswerValueSchema = z.union([z.string().max(4000), z.array(z.string().max(120)).max(30), z.number()]);
export const AnswersSchema = z.record(z.string().max(40), AnswerValueSchema);
export type Answers = z.infer<typeof AnswersSchema>;

export const SelectionCriteriaSchema = z.object({ criteria: z.array(SingleLineTextSchema(200).min(1)).max(20) });
