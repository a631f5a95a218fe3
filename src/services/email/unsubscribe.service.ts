import { emailCategoryLabels, type UnsubscribeView } from '../../../shared/schemas/email.ts';
import { insertEmailUnsubscribe } from '../../db/repositories/email-unsubscribe.repository.ts';
import { findPersonById } from '../../db/repositories/person.repository.ts';
import { notFound } from '../../domain/errors.ts';
import type { ServiceContext } from '../context.ts';
import { isUnsubscribed } from './unsubscribes.ts';
import { readUnsubscribeToken, type UnsubscribeSubject } from './unsubscribe-token.ts';

async function subjectOf(ctx: ServiceContext, token: string): Promise<UnsubscribeSubject & { recipientName: string }> {
  const subject = readUnsubscribeToken(ctx.secret, token);
  const person = subject ? await findPersonById(ctx.db, subject.organizationId, subject.personId) : undefined;
  // A forged token and a person no longer there are told apart by nobody.
  if (!subject || !person) throw notFound('unsubscribe_link');
  return { ...subject, recipientName: person.displayName };
}

/**
 * What an unsubscribe link will change (no sign-in: the signed token is the proof): whose
 * email, which category, and whether it is already off.
 *
 * @example const view = await viewUnsubscribe(ctx, token);
 */
export async function viewUnsubscribe(ctx: ServiceContext, token: string): Promise<UnsubscribeView> {
  const subject = await subjectOf(ctx, token);
  return {
    category: subject.category,
    categoryLabel: emailCategoryLabels[subject.category],
    recipientName: subject.recipientName,
    unsubscribed: await isUnsubscribed(ctx.db, subject.organizationId, subject.personId, subject.category),
  };
}

/**
 * Turns off the link's category of email for its person, and nothing else (RFC 8058 one-click;
 * again: no change).
 *
 * @example await unsubscribe(ctx, token);
 */
export async function unsubscribe(ctx: ServiceContext, token: string): Promise<UnsubscribeView> {
  const subject = await subjectOf(ctx, token);
  await insertEmailUnsubscribe(ctx.db, subject.organizationId, subject.personId, subject.category);
  return {
    category: subject.category,
    categoryLabel: emailCategoryLabels[subject.category],
    recipientName: subject.recipientName,
    unsubscribed: true,
  };
}
