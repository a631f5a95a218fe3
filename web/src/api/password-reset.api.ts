import {
  PasswordResetAcceptedSchema,
  type PasswordResetAccepted,
  type PasswordResetCompletion,
  type PasswordResetRequest,
} from '../../../shared/schemas/index.ts';
import { requestJson, requestVoid } from './client.ts';

/** Forgot password: the server answers the same whether or not the address has an account. */
export function requestPasswordReset(body: PasswordResetRequest): Promise<PasswordResetAccepted> {
  return requestJson('/auth/password-reset', PasswordResetAcceptedSchema, { method: 'POST', body });
}

/** Sets a new password through an emailed link; the person then signs in with it. */
export function completePasswordReset(body: PasswordResetCompletion): Promise<void> {
  return requestVoid('/auth/password-reset/complete', { method: 'POST', body });
}
