import type {
  MenteeMentorsWanted,
  MentorsWantedQuery,
  ProgramPreference,
  ProgramPreferenceQuery,
} from '../../../shared/schemas/matching-preferences.ts';
import type { Page } from '../../../shared/schemas/paging.ts';
import { findNamesInProgram, pageMentorsWanted, pagePreferencesOfProgram } from '../../db/repositories/matching-preference.repository.ts';
import type { Actor } from '../../domain/person.ts';
import type { ServiceContext } from '../context.ts';
import { getManageableProgram } from '../program.service.ts';

/** How a preference names a person no longer enrolled in the program in any role. */
export const leftTheProgram = 'someone who left the program';

/**
 * A page of the preferences stated in a program, for its coordinators: by who stated them, then
 * whom they are about, optionally of one kind or by one person. Names are read for the page's
 * people only, in one query, whatever the size of the program.
 *
 * @example await listProgramMatchingPreferences(ctx, coordinator, programId, { limit: 50, kind: 'avoid' })
 */
export async function listProgramMatchingPreferences(
  ctx: ServiceContext,
  actor: Actor,
  programId: string,
  query: ProgramPreferenceQuery,
): Promise<Page<ProgramPreference>> {
  const program = await getManageableProgram(ctx, actor, programId);
  const page = await pagePreferencesOfProgram(
    ctx.db,
    actor.organizationId,
    { programId: program.id, kind: query.kind, personId: query.personId },
    query,
  );
  const names = await findNamesInProgram(
    ctx.db,
    actor.organizationId,
    program.id,
    page.items.flatMap((p) => [p.personId, p.targetId]),
  );
  const name = (id: string) => names.get(id) ?? leftTheProgram;
  return {
    items: page.items.map((p) => ({ ...p, personName: name(p.personId), targetName: name(p.targetId) })),
    nextCursor: page.nextCursor,
  };
}

/**
 * A page of the program's active mentees and how many mentors each wants, for its coordinators:
 * those who want more than one (the exceptions to plan for), or every one with `all`.
 *
 * @example await listProgramMentorsWanted(ctx, coordinator, programId, { limit: 50 })
 */
export async function listProgramMentorsWanted(
  ctx: ServiceContext,
  actor: Actor,
  programId: string,
  query: MentorsWantedQuery,
): Promise<Page<MenteeMentorsWanted>> {
  const program = await getManageableProgram(ctx, actor, programId);
  return pageMentorsWanted(ctx.db, actor.organizationId, { programId: program.id, all: query.all === 'true' }, query);
}
