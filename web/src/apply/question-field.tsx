import { Checkbox, Radio, Stack, Textarea, TextInput } from '@mantine/core';
import type { CustomQuestion } from '../../../shared/schemas/index.ts';
import { ScaleInput } from '../forms/scale-input.tsx';
import { dateRanges } from '../../../shared/limits.ts';
import { dateInputBounds } from '../forms/date-bounds.ts';

export type AnswerValue = string | string[] | number;

interface QuestionFieldProps {
  question: CustomQuestion;
  value: AnswerValue | undefined;
  onChange: (value: AnswerValue) => void;
  error?: string | null;
  disabled?: boolean;
}

function asText(value: AnswerValue | undefined): string {
  return typeof value === 'string' ? value : '';
}

/** One custom intake question, rendered by its kind and labelled with its own words. */
export function QuestionField({ question, value, onChange, error, disabled }: QuestionFieldProps) {
  const common = {
    label: question.label,
    description: question.help || undefined,
    required: question.required,
    error: error ?? undefined,
    disabled,
  };
  switch (question.kind) {
    case 'short_text':
      return <TextInput {...common} maxLength={200} value={asText(value)} onChange={(event) => onChange(event.currentTarget.value)} />;
    case 'long_text':
      return (
        <Textarea
          {...common}
          autosize
          minRows={3}
          maxLength={4000}
          value={asText(value)}
          onChange={(event) => onChange(event.currentTarget.value)}
        />
      );
    case 'single_choice':
      return (
        <Radio.Group {...common} value={asText(value) || null} onChange={onChange}>
          <Stack gap={6} mt={6}>
            {question.options.map((option) => (
              <Radio key={option} value={option} label={option} disabled={disabled} />
            ))}
          </Stack>
        </Radio.Group>
      );
    case 'multiple_choice':
      return (
        <Checkbox.Group {...common} value={Array.isArray(value) ? value : []} onChange={onChange}>
          <Stack gap={6} mt={6}>
            {question.options.map((option) => (
              <Checkbox key={option} value={option} label={option} disabled={disabled} />
            ))}
          </Stack>
        </Checkbox.Group>
      );
    case 'scale':
      return (
        <ScaleInput
          label={question.label}
          description={question.help || undefined}
          required={question.required}
          error={error}
          value={typeof value === 'number' ? value : null}
          onChange={onChange}
          ends={['Not at all', 'Very much']}
        />
      );
    case 'date':
      return (
        <TextInput
          {...common}
          type="date"
          {...dateInputBounds(dateRanges.answer)}
          value={asText(value)}
          onChange={(event) => onChange(event.currentTarget.value)}
        />
      );
  }
}

/** Whether a required question still lacks an answer. */
export function isUnanswered(value: AnswerValue | undefined): boolean {
  if (value === undefined) return true;
  if (typeof value === 'string') return value.trim() === '';
  if (Array.isArray(value)) return value.length === 0;
  return false;
}
