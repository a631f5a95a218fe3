import { Alert } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import IconAlertCircle from '~icons/tabler/alert-circle';
import { useState } from 'react';
import { toSubmitProblem } from '../api/field-issues.ts';

const correctFieldsMessage = 'Please correct the highlighted fields.';

/**
 * A form's submit problems: a failed save puts the server's messages next to the known fields
 * and the rest in `formMessage`; a submit that fails validation asks to correct the fields.
 */
export function useSubmitProblem<Values>(form: UseFormReturnType<Values>, knownFields: readonly string[]) {
  const [formMessage, setFormMessage] = useState<string | null>(null);
  return {
    formMessage,
    /** For the save's onError. */
    showError(error: unknown) {
      const problem = toSubmitProblem(error, knownFields);
      form.setErrors(problem.fieldErrors);
      setFormMessage(problem.formMessage);
    },
    /** The form's onSubmit: clears the message and hands valid values to `submit`. */
    onSubmit(submit: (values: Values) => void) {
      return form.onSubmit(
        (values) => {
          setFormMessage(null);
          submit(values);
        },
        () => setFormMessage(correctFieldsMessage),
      );
    },
  };
}

/** The alert above a form that was not saved. */
export function SubmitProblemAlert({ title, message }: { title: string; message: string | null }) {
  if (!message) return null;
  return (
    <Alert color="red" icon={<IconAlertCircle aria-hidden />} title={title} role="alert">
      {message}
    </Alert>
  );
}
