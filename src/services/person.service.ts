import type { OrganizationRole } from '../../shared/enums.ts';
import type { Page } from '../../shared/schemas/paging.ts';
import type { PeopleQuery } from '../../shared/schemas/people.ts';
import { emailIsTaken, insertPerson, pagePeople } from '../db/repositories/person.repository.ts';
import { findActiveRolesOfPerson } from '../db/repositories/enrolment.repository.ts';
import { conflict, forbidden } from '../domain/errors.ts';
import { canListPeople } from '../domain/policies.ts';
import type { Actor, Person, PersonProfile } from '../domain/person.ts';
import type { ServiceContext } from './context.ts';
import { assertPasswordAcceptable } from './security/password-policy.ts';
import { hashPassword } from './security/passwords.ts';
import { recordAudit } from './audit/audit-log.service.ts';

/**
 * One page of the organization's directory, for admins and coordinators who enrol people.
 *
 * @example const { items, nextCursor } = await listPeople(ctx, admin, { limit: 50, q: 'ana' });
 */
export async function listPeople(ctx: ServiceContext, actor: Actor, query: PeopleQuery): Promise<Page<Person>> {
  const roles = await findActiveRolesOfPerson(ctx.db, actor.organizationId, actor.personId);
  const coordinatesAny = [...roles.values()].some((programRoles) => programRoles.includes('coordinator'));
  if (!canListPeople(actor, coordinatesAny)) {
    throw forbidden('not_a_coordinator', 'Only coordinators and admins can browse the directory');
  }
  return pagePeople(ctx.db, actor.organizationId, query);
}

/**
 * Creates an account directly (the CLI's `user create`, imports, the demo seed). The email must be
 * new to the organization; other organizations' people are never looked at.
 *
 * @example await createPerson(ctx, organizationId, { email, displayName, organizationRole: 'admin', password })
 */
export async function createPerson(
  ctx: ServiceContext,
  organizationId: string,
  input: {
    email: string;
    displayName: string;
    organizationRole: OrganizationRole;
    password?: string | undefined;
    /** A precomputed hash, so bulk seeding does not pay argon2 per person. */
    passwordHash?: string | undefined;
  } & Partial<PersonProfile>,
): Promise<Person> {
  if (await emailIsTaken(ctx.db, organizationId, input.email)) {
    throw conflict('email_taken', 'Someone in this organization already has this email', [
      { field: 'email', message: 'already has an account in this organization' },
    ]);
  }
  const { password, passwordHash, ...fields } = input;
  if (password) assertPasswordAcceptable(password, { field: 'password', userInputs: [fields.email, fields.displayName] });
  const hash = passwordHash ?? (password ? await hashPassword(password) : null);
  // The account and its audit entry commit together or not at all (a savepoint when the caller,
  // such as the demo seed, already holds a transaction).
  return ctx.db.transaction(async (trx) => {
    const person = await insertPerson(trx, organizationId, { ...fields, passwordHash: hash });
    if (person.organizationRole !== 'member')
      await recordAudit(
        trx,
        { personId: null, organizationId },
        'organization_role_assigned',
        { type: 'person', id: person.id },
        { organizationRole: person.organizationRole },
      );
    return person;
  });
}
