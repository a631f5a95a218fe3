import { z } from 'zod';

import { limits } from '../limits.ts';
import { EmailSchema, IdSchema, PasswordSchema } from './common.ts';
import { PersonSchema } from './people.ts';

export const SignInSchema = z.object({
  email: EmailSchema,
  password: z.string().min(1).max(limits.passwordMax),
});
export type SignIn = z.infer<typeof SignInSchema>;

/** A signed-in person changes their password; the API also refuses easily guessed new ones. */
export const ChangePasswordSchema = z.object({
  currentPassword: z.string().min(1).max(limits.passwordMax),
  newPassword: PasswordSchema,
});
export type ChangePassword = z.infer<typeof ChangePasswordSchema>;

export const OrganizationSchema = z.object({ id: IdSchema, name: z.string(), slug: z.string() });
export type Organization = z.infer<typeof OrganizationSchema>;

/** Who is signed in, and in which organization. */
export const SessionSchema = z.object({
  person: PersonSchema,
  organization: OrganizationSchema,
});
export type Session = z.infer<typeof SessionSchema>;

