import { findIntakeFormById, type IntakeForm } from '../db/repositories/intake-form.repository.ts';
import { listApplicationEvents, type Application, type ApplicationEvent } from '../db/repositories/application.repository.ts';
import { findWaitlistPositions } from '../db/repositories/application-page.repository.ts';
import { findObservedApproaches } from '../db/repositories/interview.repository.ts';
import { findProfiles } from '../db/repositories/profile.repository.ts';
import { findProgramById } from '../db/repositories/program.repository.ts';
import { findAssumptionMismatches, type AssumptionMismatch } from '../domain/application.ts';
import type { MentoringApproach } from '../../shared/enums.ts';
import type { ServiceContext } from './context.ts';

/** An application as one viewer sees it; coordinator-only parts are absent for the applicant. */
export type ApplicationView = Application & {
  intakeForm: IntakeForm | null;
  statedApproach: MentoringApproach | null;
  history: ApplicationEvent[];
  waitlistPosition: number | null;
  coordinatorView: { selectionChecklist: Record<string, boolean>; mismatches: AssumptionMismatch[] } | null;
};

/**
 * Completes applications for display: the form version each answered, history, waitlist place
 * and, for coordinators only, the selection checklist and assumption mismatches (which draw on
 * interview observations the applicant never sees).
 */
export async function viewApplications(
  ctx: ServiceContext,
  organizationId: string,
  applications: Application[],
  forCoordinator: boolean,
): Promise<ApplicationView[]> {
  const ids = applications.map((a) => a.id);
  const [events, profiles, observed, waitlistPositions] = await Promise.all([
    listApplicationEvents(ctx.db, organizationId, ids),
    findProfiles(ctx.db, organizationId, [...new Set(applications.map((a) => a.personId))]),
    forCoordinator ? findObservedApproaches(ctx.db, organizationId, ids) : new Map<string, MentoringApproach>(),
    findWaitlistPositions(
      ctx.db,
      organizationId,
      applications.filter((a) => a.status === 'waitlisted').map((a) => a.id),
    ),
  ]);
  const forms = new Map<string, IntakeForm | undefined>();
  const programs = new Map<string, MentoringApproach | null>();
  const views: ApplicationView[] = [];
  for (const application of applications) {
    if (application.intakeFormId && !forms.has(application.intakeFormId)) {
      forms.set(application.intakeFormId, await findIntakeFormById(ctx.db, organizationId, application.intakeFormId));
    }
    const statedApproach = profiles.get(application.personId)?.approach ?? null;
    let coordinatorView: ApplicationView['coordinatorView'] = null;
    if (forCoordinator) {
      if (!programs.has(application.programId)) {
        programs.set(
          application.programId,
          (await findProgramById(ctx.db, organizationId, application.programId))?.intendedApproach ?? null,
        );
      }
      const observedApproach = observed.get(application.id) ?? null;
      coordinatorView = {
        selectionChecklist: application.selectionChecklist,
        mismatches: findAssumptionMismatches({
          programApproach: programs.get(application.programId) ?? null,
          statedApproach,
          observedApproach,
        }),
      };
    }
    views.push({
      ...application,
      intakeForm: application.intakeFormId ? (forms.get(application.intakeFormId) ?? null) : null,
      statedApproach,
      history: events.get(application.id) ?? [],
      waitlistPosition: waitlistPositions.get(application.id) ?? null,
      coordinatorView,
    });
  }
  return views;
}
