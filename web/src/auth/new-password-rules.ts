import { limits } from '../../../shared/limits.ts';

/** What a new password must be, as the field's description says it (the server checks strength). */
export const newPasswordHint = `At least ${limits.passwordMin} characters; not a common password or a simple pattern`;

/** The form's own check of a new password before the server's: long enough. */
export function checkNewPassword(value: string): string | null {
  return value.length >= limits.passwordMin ? null : `Use at least ${limits.passwordMin} characters`;
}

/** The confirmation must repeat the new password. */
export function checkConfirmation(value: string, password: string): string | null {
  return value === password ? null : 'The passwords do not match';
}
