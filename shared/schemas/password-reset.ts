import { z } from 'zod';
import { limits } from '../limits.ts';
import { EmailSchema, IdSchema, PasswordSchema } from './common.ts';

/**
 * Forgot password: the address, and the organization when the person knows which account. The
 * answer is the same whether or not the address has an account.
 */
export const PasswordResetRequestSchema = z.object({
  email: EmailSchema,
  organizationId: IdSchema.optional(),
});
export type PasswordResetRequest = z.infer<typeof PasswordResetRequestSchema>;

/** The one answer to every forgot-password request. */
export const PasswordResetAcceptedSchema = z.object({ message: z.string() });
export type PasswordResetAccepted = z.infer<typeof PasswordResetAcceptedSchema>;

/** The emailed link's token and the new password (the API also refuses easily guessed ones). */
export const PasswordResetCompletionSchema = z.object({
  token: z
    .string()
    .min(20)
    .max(limits.passwordResetTokenMax)
    .regex(/^[A-Za-z0-9_-]+$/, 'must be the token of a password reset link'),
  password: PasswordSchema,
});
export type PasswordResetCompletion = z.infer<typeof PasswordResetCompletionSchema>;
