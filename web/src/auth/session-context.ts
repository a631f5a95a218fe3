import { createContext, useContext } from 'react';
import type { Session } from '../../../shared/schemas/index.ts';

export const SessionContext = createContext<Session | null>(null);

/** The signed-in person and organization; only usable below the session guard. */
export function useCurrentSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useCurrentSession is used outside the session guard.');
  return session;
}

/** Organization admins invite people and see the People page. */
export function isAdmin(session: Session): boolean {
  return session.person.organizationRole === 'admin';
}

/** Organization admins and program coordinators may create programs. */
export function canCreatePrograms(session: Session): boolean {
  return session.person.organizationRole !== 'member';
}
