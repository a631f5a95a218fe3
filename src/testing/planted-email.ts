import { pageOutboxMessages } from '../db/repositories/outbox-page.repository.ts';
import type { Person } from '../domain/person.ts';
import { queueEmail } from '../services/email/queue-email.ts';
import { signUnsubscribeToken } from '../services/email/unsubscribe-token.ts';
import type { TestApp } from './test-app.ts';

/**
 * An email to a person in the outbox, and their unsubscribe link for meetings: the ids the
 * authorization matrix and the fuzzer call the Outbox and unsubscribe routes with.
 *
 * @example const { messageId, unsubscribeToken } = await plantEmail(t, mentee);
 */
export async function plantEmail(
  t: Pick<TestApp, 'ctx' | 'handle'>,
  mentee: Person,
): Promise<{ messageId: string; unsubscribeToken: string }> {
  const organizationId = mentee.organizationId;
  await queueEmail(t.ctx, t.handle.db, {
    organizationId,
    recipient: { personId: mentee.id, address: mentee.email, name: mentee.displayName },
    kind: 'meeting_proposed',
    category: 'meetings',
    idempotencyKey: `matrix:${mentee.id}`,
    content: {
      subject: 'A meeting',
      headline: 'A meeting was proposed',
      paragraphs: [],
      action: { label: 'Open', path: '/' },
      reason: 'Matrix',
    },
  });
  const [message] = (await pageOutboxMessages(t.handle.db, organizationId, { limit: 1 })).items;
  return {
    messageId: message?.id ?? '',
    unsubscribeToken: signUnsubscribeToken(t.ctx.secret, { organizationId, personId: mentee.id, category: 'meetings' }),
  };
}
