import type { OutboxQuery } from '../../../shared/schemas/email.ts';
import type { Page } from '../../../shared/schemas/paging.ts';
import { findOutboxMessage, type OutboxListRecord, pageOutboxMessages } from '../../db/repositories/outbox-page.repository.ts';
import { forbidden, notFound } from '../../domain/errors.ts';
import type { Actor } from '../../domain/person.ts';
import type { ServiceContext } from '../context.ts';

export type { OutboxListRecord };

/** The Outbox holds what was written to people (addresses, message text): org admins only. */
function requireOutboxReader(actor: Actor): void {
  if (actor.organizationRole !== 'admin') throw forbidden('not_an_admin', 'Only organization admins can read the outbox');
}

/**
 * One page of the organization's outbox, newest first, for org admins.
 *
 * @example const page = await listOutbox(ctx, admin, { status: 'failed', limit: 50 });
 */
export async function listOutbox(ctx: ServiceContext, actor: Actor, query: OutboxQuery): Promise<Page<OutboxListRecord>> {
  requireOutboxReader(actor);
  return pageOutboxMessages(ctx.db, actor.organizationId, query);
}

/**
 * One message with its plain text, for org admins; another organization's is not found.
 *
 * @example const message = await readOutboxMessage(ctx, admin, id);
 */
export async function readOutboxMessage(ctx: ServiceContext, actor: Actor, id: string): Promise<OutboxListRecord & { text: string }> {
  requireOutboxReader(actor);
  const message = await findOutboxMessage(ctx.db, actor.organizationId, id);
  if (!message) throw notFound('outbox_message');
  return message;
}
