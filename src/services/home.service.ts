import type { Actor } from '../domain/person.ts';
import { canCreatePrograms, canInvitePeople } from '../domain/policies.ts';
import type { ServiceContext } from './context.ts';
import { listVisiblePrograms, type ProgramView } from './program.service.ts';

/** The home page lists at most this many programs of each kind; the programs page has the rest. */
const homeListMax = 20;

export type Home = {
  coordinating: ProgramView[];
  participating: ProgramView[];
  /** Whether more programs follow those listed (the programs page shows them all). */
  coordinatingMore: boolean;
  participatingMore: boolean;
  canCreatePrograms: boolean;
  canInvite: boolean;
};

/**
 * What a person's home page shows, a bounded summary: the first 20 programs by name that they
 * run (every program, for admins) and the first 20 where they are a mentor, mentee or supervisor.
 *
 * @example const { coordinating, coordinatingMore } = await getHome(ctx, actor);
 */
export async function getHome(ctx: ServiceContext, actor: Actor): Promise<Home> {
  const page = { limit: homeListMax };
  const isAdmin = actor.organizationRole === 'admin';
  // One after the other: each reads the person's roles, and the database may be one connection (PGlite).
  const coordinating = await listVisiblePrograms(ctx, actor, page, isAdmin ? undefined : (roles) => roles.includes('coordinator'));
  const participating = await listVisiblePrograms(ctx, actor, page, (roles) => roles.some((role) => role !== 'coordinator'));
  return {
    coordinating: coordinating.items.filter((program) => program.canManage),
    participating: participating.items,
    coordinatingMore: coordinating.nextCursor !== null,
    participatingMore: participating.nextCursor !== null,
    canCreatePrograms: canCreatePrograms(actor),
    canInvite: canInvitePeople(actor),
  };
}
