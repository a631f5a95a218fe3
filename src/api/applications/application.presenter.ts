import type { z } from 'zod';
import type { ApplicationSchema, InterviewSchema } from '../../../shared/schemas/applications.ts';
import type { IntakeFormSchema } from '../../../shared/schemas/intake-forms.ts';
import type { IntakeForm } from '../../services/intake-form.service.ts';
import type { ApplicationView } from '../../services/application-view.ts';
import type { Interview } from '../../services/interview.service.ts';

export function presentIntakeForm(form: IntakeForm): z.infer<typeof IntakeFormSchema> {
  return { ...form, createdAt: form.createdAt.toISOString() };
}

/** Coordinator-only parts (checklist, mismatches) appear only when the view carries them. */
export function presentApplication(view: ApplicationView): z.infer<typeof ApplicationSchema> {
  return {
    id: view.id,
    programId: view.programId,
    programName: view.programName,
    personId: view.personId,
    applicant: view.applicant,
    role: view.role,
    status: view.status,
    answers: view.answers,
    intakeForm: view.intakeForm ? presentIntakeForm(view.intakeForm) : null,
    statedApproach: view.statedApproach,
    ...(view.coordinatorView
      ? { selectionChecklist: view.coordinatorView.selectionChecklist, mismatches: view.coordinatorView.mismatches }
      : {}),
    waitlistPosition: view.waitlistPosition,
    history: view.history.map((event) => ({ ...event, changedAt: event.changedAt.toISOString() })),
    submittedAt: view.submittedAt?.toISOString() ?? null,
    updatedAt: view.updatedAt.toISOString(),
  };
}

export function presentInterview(interview: Interview): z.infer<typeof InterviewSchema> {
  return { ...interview, scheduledAt: interview.scheduledAt?.toISOString() ?? null, updatedAt: interview.updatedAt.toISOString() };
}
