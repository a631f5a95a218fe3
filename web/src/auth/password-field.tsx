import { PasswordInput, type PasswordInputProps } from '@mantine/core';
import { limits } from '../../../shared/limits.ts';
import { passwordToggleProps } from './password-toggle.ts';

/**
 * A required password input with the API's length limit and a show/hide button whose name does
 * not match the field's label.
 *
 * @example <PasswordField label="New password" autoComplete="new-password" {...form.getInputProps('newPassword')} />
 */
export function PasswordField(props: PasswordInputProps) {
  return <PasswordInput required maxLength={limits.passwordMax} visibilityToggleButtonProps={passwordToggleProps} {...props} />;
}
