import {
  InvitationPreviewSchema,
  SessionSchema,
  type AcceptInvitation,
  type ChangePassword,
  type Session,
  type SignIn,
} from '../../../shared/schemas/index.ts';
import { isUnauthorized } from './api-error.ts';
import { requestJson, requestVoid } from './client.ts';

export const sessionQueryKey = ['session'] as const;

/** The current session, or null when nobody is signed in. */
export async function fetchSession(): Promise<Session | null> {
  try {
    return await requestJson('/auth/session', SessionSchema);
  } catch (error) {
    if (isUnauthorized(error)) return null;
    throw error;
  }
}

export function signIn(body: SignIn): Promise<Session> {
  return requestJson('/auth/sign-in', SessionSchema, { method: 'POST', body });
}

export function signOut(): Promise<void> {
  return requestVoid('/auth/sign-out', { method: 'POST' });
}

/** Changes the signed-in person's password; the server ends their other sessions. */
export function changePassword(body: ChangePassword): Promise<void> {
  return requestVoid('/auth/password', { method: 'POST', body });
}

export function fetchInvitationPreview(token: string) {
  return requestJson(`/invitations/by-token/${encodeURIComponent(token)}`, InvitationPreviewSchema);
}

export function acceptInvitation(token: string, body: AcceptInvitation): Promise<Session> {
  return requestJson(`/invitations/by-token/${encodeURIComponent(token)}/accept`, SessionSchema, {
    method: 'POST',
    body,
  });
}
