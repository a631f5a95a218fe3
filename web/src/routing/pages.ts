import { lazyComponent } from './lazy-component.ts';

/**
 * The app's pages and the signed-in frame, each its own chunk fetched on first use. Dynamic
 * imports are spelled out one by one so the bundler sees every page as a split point.
 */
export const pages = {
  SignInPage: lazyComponent(
    () => import('../auth/sign-in-page.tsx'),
    (module) => module.SignInPage,
  ),
  AcceptInvitationPage: lazyComponent(
    () => import('../auth/accept-invitation-page.tsx'),
    (module) => module.AcceptInvitationPage,
  ),
  ForgotPasswordPage: lazyComponent(
    () => import('../auth/forgot-password-page.tsx'),
    (module) => module.ForgotPasswordPage,
  ),
  ResetPasswordPage: lazyComponent(
    () => import('../auth/reset-password-page.tsx'),
    (module) => module.ResetPasswordPage,
  ),
  SignedInFrame: lazyComponent(
    () => import('../layout/signed-in-frame.tsx'),
    (module) => module.SignedInFrame,
  ),
  HomePage: lazyComponent(
    () => import('../home/home-page.tsx'),
    (module) => module.HomePage,
  ),
  ProgramsPage: lazyComponent(
    () => import('../programs/programs-page.tsx'),
    (module) => module.ProgramsPage,
  ),
  NewProgramPage: lazyComponent(
    () => import('../programs/new-program-page.tsx'),
    (module) => module.NewProgramPage,
  ),
  ProgramPage: lazyComponent(
    () => import('../programs/program-page.tsx'),
    (module) => module.ProgramPage,
  ),
  EditProgramPage: lazyComponent(
    () => import('../programs/edit-program-page.tsx'),
    (module) => module.EditProgramPage,
  ),
  ApplyProgramPage: lazyComponent(
    () => import('../apply/apply-program-page.tsx'),
    (module) => module.ApplyProgramPage,
  ),
  IntakeFormPage: lazyComponent(
    () => import('../intake/intake-form-page.tsx'),
    (module) => module.IntakeFormPage,
  ),
  ProgramApplicationsPage: lazyComponent(
    () => import('../applications/program-applications-page.tsx'),
    (module) => module.ProgramApplicationsPage,
  ),
  MatchingPage: lazyComponent(
    () => import('../matching/matching-page.tsx'),
    (module) => module.MatchingPage,
  ),
  ApplicationPage: lazyComponent(
    () => import('../applications/application-page.tsx'),
    (module) => module.ApplicationPage,
  ),
  RelationshipPage: lazyComponent(
    () => import('../relationships/relationship-page.tsx'),
    (module) => module.RelationshipPage,
  ),
  NetworkPage: lazyComponent(
    () => import('../networks/network-page.tsx'),
    (module) => module.NetworkPage,
  ),
  RequestsPage: lazyComponent(
    () => import('../requests/requests-page.tsx'),
    (module) => module.RequestsPage,
  ),
  NewRequestPage: lazyComponent(
    () => import('../requests/new-request-page.tsx'),
    (module) => module.NewRequestPage,
  ),
  SupervisedPlanPage: lazyComponent(
    () => import('../networks/supervised-plan-page.tsx'),
    (module) => module.SupervisedPlanPage,
  ),
  ApplyPage: lazyComponent(
    () => import('../apply/apply-page.tsx'),
    (module) => module.ApplyPage,
  ),
  NotificationsPage: lazyComponent(
    () => import('../notifications/notifications-page.tsx'),
    (module) => module.NotificationsPage,
  ),
  ProfilePage: lazyComponent(
    () => import('../profile/profile-page.tsx'),
    (module) => module.ProfilePage,
  ),
  PeoplePage: lazyComponent(
    () => import('../people/people-page.tsx'),
    (module) => module.PeoplePage,
  ),
  ImportPage: lazyComponent(
    () => import('../imports/import-page.tsx'),
    (module) => module.ImportPage,
  ),
  AuditPage: lazyComponent(
    () => import('../audit/audit-page.tsx'),
    (module) => module.AuditPage,
  ),
  JobsPage: lazyComponent(
    () => import('../jobs/jobs-page.tsx'),
    (module) => module.JobsPage,
  ),
  OutboxPage: lazyComponent(
    () => import('../outbox/outbox-page.tsx'),
    (module) => module.OutboxPage,
  ),
  UnsubscribePage: lazyComponent(
    () => import('../unsubscribe/unsubscribe-page.tsx'),
    (module) => module.UnsubscribePage,
  ),
  NotFoundPage: lazyComponent(
    () => import('../layout/not-found-page.tsx'),
    (module) => module.NotFoundPage,
  ),
};
