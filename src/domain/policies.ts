import type { ProgramRole } from '../../shared/enums.ts';
import type { Actor } from './person.ts';

/**
 * Authorization rules, pure so they can be read and tested in one place. Services call them
 * with the actor and the actor's roles in the program concerned.
 */

/** Org admins and org coordinators design programs. @example canCreatePrograms(actor) */
export function canCreatePrograms(actor: Actor): boolean {
  return actor.organizationRole === 'admin' || actor.organizationRole === 'coordinator';
}

/** Admins manage every program; coordinators the programs they coordinate. */
export function canManageProgram(actor: Actor, rolesInProgram: readonly ProgramRole[]): boolean {
  return actor.organizationRole === 'admin' || rolesInProgram.includes('coordinator');
}

/**
 * A program is visible to whoever takes part in it, to admins, to org coordinators (who need
 * to see the programs they may be asked to help run), and to every member while it is open for
 * applications.
 */
export function canViewProgram(actor: Actor, rolesInProgram: readonly ProgramRole[], openForApplications = false): boolean {
  return canCreatePrograms(actor) || rolesInProgram.length > 0 || openForApplications;
}

/** Only org admins invite people into the organization. */
export function canInvitePeople(actor: Actor): boolean {
  return actor.organizationRole === 'admin';
}

/** The organization's directory is for those who enrol people: admins and coordinators. */
export function canListPeople(actor: Actor, coordinatesAnyProgram: boolean): boolean {
  return canCreatePrograms(actor) || coordinatesAnyProgram;
}
