import {
  CreatedInvitationSchema,
  InvitationListSchema,
  PeopleListSchema,
  type CreateInvitation,
  type CreatedInvitation,
  type Invitation,
  type Person,
} from '../../../shared/schemas/index.ts';
import { requestJson, toQueryString } from './client.ts';

export function peopleQueryKey(search: string, limit: number) {
  return ['people', { search, limit }] as const;
}

export const invitationsQueryKey = ['invitations'] as const;

/** People of the signed-in person's organization, optionally filtered by name or email. */
export async function fetchPeople(search: string, limit = 50): Promise<Person[]> {
  const query = toQueryString({ q: search.trim(), limit });
  const { people } = await requestJson(`/people${query}`, PeopleListSchema);
  return people;
}

export async function fetchInvitations(): Promise<Invitation[]> {
  const { invitations } = await requestJson('/invitations', InvitationListSchema);
  return invitations;
}

export function createInvitation(body: CreateInvitation): Promise<CreatedInvitation> {
  return requestJson('/invitations', CreatedInvitationSchema, { method: 'POST', body });
}
