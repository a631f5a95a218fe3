import type { Actor } from '../domain/person.ts';
import { canCreatePrograms, canInvitePeople } from '../domain/policies.ts';
import type { ServiceContext } from './context.ts';
import { listVisiblePrograms, type ProgramView } from './program.service.ts';

export type Home = {
  coordinating: ProgramView[];
  participating: ProgramView[];
  canCreatePrograms: boolean;
  canInvite: boolean;
};

/**
 * What a person's home page shows: programs they run (every program, for admins) and
 * programs where they are a mentor, mentee or supervisor.
 */
export async function getHome(ctx: ServiceContext, actor: Actor): Promise<Home> {
  const programs = await listVisiblePrograms(ctx, actor);
  return {
    coordinating: programs.filter((program) => program.canManage),
    participating: programs.filter((program) => program.myRoles.some((role) => role !== 'coordinator')),
    canCreatePrograms: canCreatePrograms(actor),
    canInvite: canInvitePeople(actor),
  };
}
