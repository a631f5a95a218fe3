import { existsSync } from 'node:fs';
import { DomainError, type FieldIssue } from '../../domain/errors.ts';
import { enrolCsvAsOperator } from '../../services/enrolment-bulk.service.ts';
import { findOrganization } from '../../services/organization.service.ts';
import { withRuntime } from '../with-runtime.ts';

export type EnrolOptions = { org: string; program: string; file: string; as?: string };

/** Runs `constellation enrol`: enrols the file's people, or prints each bad row and writes nothing. */
export function enrolFromFile(options: EnrolOptions): Promise<void> {
  return withRuntime(async ({ ctx }) => {
    if (!existsSync(options.file)) throw new Error(`no such file: ${options.file}`);
    const organization = await findOrganization(ctx, options.org);
    if (!organization) throw new Error(`no organization with slug "${options.org}"`);
    const started = performance.now();
    try {
      const report = await enrolCsvAsOperator(ctx, organization.id, options.program, { path: options.file }, options.as);
      const byRole = Object.entries(report.byRole)
        .filter(([, count]) => count > 0)
        .map(([role, count]) => `${count} ${role}`)
        .join(', ');
      console.log(
        `Enrolled ${report.enrolled}, re-activated ${report.reactivated}, already enrolled ${report.alreadyEnrolled}` +
          `${byRole ? ` (${byRole})` : ''} in ${((performance.now() - started) / 1000).toFixed(1)} s.`,
      );
    } catch (error) {
      if (error instanceof DomainError && Array.isArray(error.details)) {
        console.log(`${error.message.split(' (')[0]}; nothing was written. Problems:`);
        for (const issue of error.details as FieldIssue[]) console.log(`  ${issue.field}: ${issue.message}`);
      }
      throw error;
    }
  });
}
