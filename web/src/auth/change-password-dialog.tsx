import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import IconAlertCircle from '~icons/tabler/alert-circle';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { changePassword } from '../api/auth.api.ts';
import { toSubmitProblem } from '../api/field-issues.ts';
import { checkConfirmation, checkNewPassword, newPasswordHint } from './new-password-rules.ts';
import { PasswordField } from './password-field.tsx';

interface PasswordValues {
  currentPassword: string;
  newPassword: string;
  confirmPassword: string;
}

/** The header's "Change password" dialog; the server ends the person's other sessions. */
export function ChangePasswordDialog({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const [formMessage, setFormMessage] = useState<string | null>(null);
  const form = useForm<PasswordValues>({
    initialValues: { currentPassword: '', newPassword: '', confirmPassword: '' },
    validate: {
      currentPassword: (value) => (value ? null : 'Enter your current password'),
      newPassword: checkNewPassword,
      confirmPassword: (value, values) => checkConfirmation(value, values.newPassword),
    },
  });
  const close = () => {
    form.reset();
    setFormMessage(null);
    onClose();
  };
  const mutation = useMutation({
    mutationFn: (values: PasswordValues) => changePassword({ currentPassword: values.currentPassword, newPassword: values.newPassword }),
    onSuccess: () => {
      notifications.show({ color: 'teal', title: 'Password changed', message: 'You stay signed in here; your other sessions have ended.' });
      close();
    },
    onError: (error) => {
      const problem = toSubmitProblem(error, ['currentPassword', 'newPassword']);
      form.setErrors(problem.fieldErrors);
      setFormMessage(problem.formMessage);
    },
  });

  return (
    <Modal opened={opened} onClose={close} title="Change password">
      <form
        noValidate
        onSubmit={form.onSubmit((values) => {
          setFormMessage(null);
          mutation.mutate(values);
        })}
      >
        <Stack>
          {formMessage ? (
            <Alert color="red" icon={<IconAlertCircle aria-hidden />} title="Could not change the password" role="alert">
              {formMessage}
            </Alert>
          ) : null}
          <PasswordField label="Current password" autoComplete="current-password" {...form.getInputProps('currentPassword')} />
          <PasswordField
            label="New password"
            description={newPasswordHint}
            autoComplete="new-password"
            {...form.getInputProps('newPassword')}
          />
          <PasswordField label="Confirm new password" autoComplete="new-password" {...form.getInputProps('confirmPassword')} />
          <Text size="xs" c="dimmed">
            Your other sessions (other browsers and devices) will be signed out.
          </Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              Cancel
            </Button>
            <Button type="submit" loading={mutation.isPending}>
              Change password
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
