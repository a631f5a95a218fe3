import { timeInZone } from '../time/time-in-zone.ts';
import type { EmailContent } from './email-layout.ts';

/**
 * The invitation to join an organization: who invited, to which organization, the link and when
 * it stops working. `token` is the link's secret; the path is the web app's acceptance page.
 *
 * @example invitationEmail({ organizationName: 'Aurora Labs', inviterName: 'Ada', token, expiresAt, address })
 */
export function invitationEmail(invitation: {
  organizationName: string;
  inviterName: string;
  address: string;
  token: string;
  expiresAt: Date;
}): Omit<EmailContent, 'recipientName'> {
  return {
    subject: `${invitation.inviterName} invited you to join ${invitation.organizationName} on Constellation`,
    headline: `Join ${invitation.organizationName}`,
    paragraphs: [
      `${invitation.inviterName} invited you to join ${invitation.organizationName}, to take part in its mentoring programs.`,
      'Follow the link to choose your name and a password. The link works once, for you alone: do not forward it.',
    ],
    facts: [
      { label: 'Invited by', value: invitation.inviterName },
      { label: 'Link valid until', value: timeInZone(invitation.expiresAt, null) },
    ],
    action: { label: 'Accept the invitation', path: `/invitations/${invitation.token}` },
    reason: `${invitation.inviterName} invited ${invitation.address} to ${invitation.organizationName}. If you did not expect it, ignore this email.`,
  };
}

/**
 * A forgot-password link for one account: which organization's, valid until when (on the
 * person's clock), and what to do when they did not ask.
 *
 * @example passwordResetEmail({ organizationName: 'Aurora Labs', address, token, expiresAt, timeZone: 'Europe/Paris' })
 */
export function passwordResetEmail(reset: {
  organizationName: string;
  address: string;
  token: string;
  expiresAt: Date;
  timeZone: string | null;
}): Omit<EmailContent, 'recipientName'> {
  return {
    subject: `Reset your ${reset.organizationName} password`,
    headline: 'Choose a new password',
    paragraphs: [
      `Someone asked to reset the password of your ${reset.organizationName} account. Follow the link to choose a new one: it works once, within one hour, and signs you out everywhere else.`,
      'If you did not ask for this, ignore this email: your password stays as it is.',
    ],
    facts: [
      { label: 'Organization', value: reset.organizationName },
      { label: 'Link valid until', value: timeInZone(reset.expiresAt, reset.timeZone) },
    ],
    action: { label: 'Choose a new password', path: `/reset-password/${reset.token}` },
    reason: `You have an account with ${reset.organizationName} under ${reset.address}.`,
  };
}

/**
 * A coordinator's invitation to apply to a program: who invited, which program, in which role,
 * and the link to the application they started for the person.
 *
 * @example applicationInvitationEmail({ programId, programName: 'Emerging Leaders', inviterName: 'Ada', role: 'mentee' })
 */
export function applicationInvitationEmail(invitation: {
  programId: string;
  programName: string;
  inviterName: string;
  role: string;
}): Omit<EmailContent, 'recipientName'> {
  return {
    subject: `${invitation.inviterName} invited you to apply to ${invitation.programName}`,
    headline: `Apply to ${invitation.programName}`,
    paragraphs: [
      `${invitation.inviterName} invited you to apply to ${invitation.programName} as a ${invitation.role}.`,
      'Your application is started for you: open it, answer the questions and send it when you are ready.',
    ],
    facts: [
      { label: 'Program', value: invitation.programName },
      { label: 'Role', value: invitation.role },
    ],
    action: { label: 'Open your application', path: `/programs/${invitation.programId}/apply` },
    reason: `${invitation.inviterName} coordinates ${invitation.programName} and invited you to apply.`,
  };
}
