import { z } from 'zod';
import { organizationRoles } from '../enums.ts';
import { DisplayNameSchema, EmailSchema, IdSchema, PasswordSchema, TimestampSchema } from './common.ts';
import { pageSchema, SearchPageQuerySchema } from './paging.ts';

export const CreateInvitationSchema = z.object({
  email: EmailSchema,
  organizationRole: z.enum(organizationRoles).default('member'),
});
export type CreateInvitation = z.input<typeof CreateInvitationSchema>;

export const InvitationSchema = z.object({
  id: IdSchema,
  email: z.string(),
  organizationRole: z.enum(organizationRoles),
  invitedBy: z.string(),
  createdAt: TimestampSchema,
  expiresAt: TimestampSchema,
  acceptedAt: TimestampSchema.nullable(),
});
export type Invitation = z.infer<typeof InvitationSchema>;

/** Answer to creating an invitation: the link is shown to the admin (no email yet). */
export const CreatedInvitationSchema = z.object({ invitation: InvitationSchema, link: z.string() });
export type CreatedInvitation = z.infer<typeof CreatedInvitationSchema>;

export const invitationStates = ['pending', 'accepted', 'expired'] as const;
export type InvitationState = (typeof invitationStates)[number];

/** The invitations page query: newest first, `q` over the email, narrowed by state. */
export const InvitationQuerySchema = SearchPageQuerySchema.extend({
  state: z.enum(invitationStates).optional().describe('Only pending, accepted or expired invitations (all when left out)'),
});
export type InvitationQuery = z.infer<typeof InvitationQuerySchema>;

/** One page of the organization's invitations, newest first. */
export const InvitationPageSchema = pageSchema(InvitationSchema);
export type InvitationPage = z.infer<typeof InvitationPageSchema>;

/** What the invitation page shows before the person sets a password. */
export const InvitationPreviewSchema = z.object({
  email: z.string(),
  organizationName: z.string(),
  expiresAt: TimestampSchema,
});
export type InvitationPreview = z.infer<typeof InvitationPreviewSchema>;

export const AcceptInvitationSchema = z.object({
  displayName: DisplayNameSchema,
  password: PasswordSchema,
});
export type AcceptInvitation = z.infer<typeof AcceptInvitationSchema>;
