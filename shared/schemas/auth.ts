import { z } from 'zod';

import { limits } from '../limits.ts';
import { EmailSchema, IdSchema, PasswordSchema } from './common.ts';
import { PersonSchema } from './people.ts';

export const SignInSchema = z.object({
  email: EmailSchema,
  password: z.string().min(1).max(limits.passwordMax),
  /**
   * Which organization's account, by slug or id: needed only when the email and password open
   * accounts in several organizations (the answer is then 409 `organization_choice_required`).
   */
  organization: z
    .string()
    .max(limits.organizationRefMax)
    .regex(/^[A-Za-z0-9-]+$/, 'must be an organization slug or id')
    .optional(),
});
export type SignIn = z.infer<typeof SignInSchema>;

/** An organization to choose at sign-in: only those whose account the password opened. */
export const OrganizationChoiceSchema = z.object({ name: z.string(), slug: z.string() });

/** The details of a 409 `organization_choice_required` answer to a sign-in. */
export const OrganizationChoiceDetailsSchema = z.object({ organizations: z.array(OrganizationChoiceSchema) });
export type OrganizationChoiceDetails = z.infer<typeof OrganizationChoiceDetailsSchema>;

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
