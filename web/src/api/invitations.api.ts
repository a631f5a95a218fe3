import { InvitationPageSchema, type InvitationPage, type InvitationQuery } from '../../../shared/schemas/index.ts';
import { requestJson, toQueryString } from './client.ts';

/** The invitations list's filters (everything of GET /invitations but the paging). */
export type InvitationFilters = Pick<InvitationQuery, 'q' | 'state'>;

/** One page of the organization's invitations, newest first (admins). */
export function fetchInvitationsPage(filters: InvitationFilters, cursor?: string, limit = 50): Promise<InvitationPage> {
  return requestJson(
    `/invitations${toQueryString({ ...filters, q: filters.q?.trim() || undefined, cursor, limit })}`,
    InvitationPageSchema,
  );
}
