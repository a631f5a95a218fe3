import {
  OutboxMessageDetailSchema,
  OutboxPageSchema,
  type OutboxMessageDetail,
  type OutboxPage,
  type OutboxStatus,
  UnsubscribeViewSchema,
  type UnsubscribeView,
} from '../../../shared/schemas/email.ts';
import { requestJson, toQueryString } from './client.ts';

/** The Outbox's filters: a delivery state and a search on the recipient. */
export type OutboxFilter = { status?: OutboxStatus | undefined; q?: string | undefined };

export function outboxQueryKey(filter: OutboxFilter) {
  return ['outbox', filter] as const;
}

/** One page of the organization's outbox, newest first (org admins). */
export function fetchOutbox(filter: OutboxFilter, cursor?: string): Promise<OutboxPage> {
  return requestJson(`/admin/outbox${toQueryString({ status: filter.status, q: filter.q || undefined, cursor })}`, OutboxPageSchema);
}

/** One message with its text (org admins). */
export function fetchOutboxMessage(id: string): Promise<OutboxMessageDetail> {
  return requestJson(`/admin/outbox/${encodeURIComponent(id)}`, OutboxMessageDetailSchema);
}

/** What an unsubscribe link will turn off (no sign-in). */
export function fetchUnsubscribe(token: string): Promise<UnsubscribeView> {
  return requestJson(`/unsubscribe/${encodeURIComponent(token)}`, UnsubscribeViewSchema);
}

/** Turns off the link's category of email (no sign-in). */
export function confirmUnsubscribe(token: string): Promise<UnsubscribeView> {
  return requestJson(`/unsubscribe/${encodeURIComponent(token)}`, UnsubscribeViewSchema, { method: 'POST' });
}
