import { loadPersonalData, type PersonalDataRecords } from '../../db/repositories/personal-data.repository.ts';
import type { Actor } from '../../domain/person.ts';
import { recordAudit } from '../audit/audit-log.service.ts';
import type { ServiceContext } from '../context.ts';

/** A person's download of their own data (the right of access and portability). */
export type PersonalDataExport = { exportedAt: Date; organizationId: string } & PersonalDataRecords;

/**
 * Everything the caller may take with them: their profile, applications, enrolments, the
 * relationships they are in (with their own notes and learning log, and the pair's shared notes,
 * comments, agreement versions, goals, meetings and check-ins), network, development plan,
 * preferences, survey answers and mentor requests sent or received. Never anyone else's private
 * content. The download is audited.
 *
 * @example const data = await exportPersonalData(ctx, actor);
 */
export async function exportPersonalData(ctx: ServiceContext, actor: Actor): Promise<PersonalDataExport> {
  return ctx.db.transaction(async (trx) => {
    const records = await loadPersonalData(trx, actor.organizationId, actor.personId);
    await recordAudit(trx, actor, 'personal_data_downloaded', { type: 'person', id: actor.personId });
    return { exportedAt: ctx.now(), organizationId: actor.organizationId, ...records };
  });
}
