import {
  CreatedInvitationSchema,
  PeoplePageSchema,
  type CreateInvitation,
  type CreatedInvitation,
  type PeoplePage,
  type PeopleQuery,
  type Person,
} from '../../../shared/schemas/index.ts';
import { requestJson, toQueryString } from './client.ts';

export function peopleQueryKey(search: string, limit: number) {
  return ['people', { search, limit }] as const;
}

export const invitationsQueryKey = ['invitations'] as const;

/** The directory's filters (everything of GET /people but the paging). */
export type PeopleFilters = Pick<PeopleQuery, 'q' | 'department' | 'organizationRole' | 'status'>;

export function peoplePageQueryKey(filters: PeopleFilters) {
  return ['people', 'pages', filters] as const;
}

/** One page of the directory, by name: the first without a cursor, the next with the previous page's nextCursor. */
export function fetchPeoplePage(filters: PeopleFilters, cursor?: string, limit = 50): Promise<PeoplePage> {
  return requestJson(`/people${toQueryString({ ...filters, q: filters.q?.trim(), cursor, limit })}`, PeoplePageSchema);
}

/** The first few people of the organization whose name, email, department or title holds `search` (pickers). */
export async function fetchPeople(search: string, limit = 50): Promise<Person[]> {
  return (await fetchPeoplePage({ q: search }, undefined, limit)).items;
}

export function createInvitation(body: CreateInvitation): Promise<CreatedInvitation> {
  return requestJson('/invitations', CreatedInvitationSchema, { method: 'POST', body });
}
