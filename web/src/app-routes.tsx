import { Route, Routes } from 'react-router';
import { ApplicationPage } from './applications/application-page.tsx';
import { ProgramApplicationsPage } from './applications/program-applications-page.tsx';
import { IntakeFormPage } from './intake/intake-form-page.tsx';
import { MatchingPage } from './matching/matching-page.tsx';
import { ProfilePage } from './profile/profile-page.tsx';
import { ImportPage } from './imports/import-page.tsx';
import { ApplyPage } from './apply/apply-page.tsx';
import { ApplyProgramPage } from './apply/apply-program-page.tsx';
import { AcceptInvitationPage } from './auth/accept-invitation-page.tsx';
import { RequireSession } from './auth/require-session.tsx';
import { SignInPage } from './auth/sign-in-page.tsx';
import { HomePage } from './home/home-page.tsx';
import { AppLayout } from './layout/app-layout.tsx';
import { NotFoundPage } from './layout/not-found-page.tsx';
import { PeoplePage } from './people/people-page.tsx';
import { EditProgramPage } from './programs/edit-program-page.tsx';
import { NewProgramPage } from './programs/new-program-page.tsx';
import { ProgramPage } from './programs/program-page.tsx';
import { ProgramsPage } from './programs/programs-page.tsx';
import { RelationshipPage } from './relationships/relationship-page.tsx';
import { NetworkPage } from './networks/network-page.tsx';
import { NewRequestPage } from './requests/new-request-page.tsx';
import { RequestsPage } from './requests/requests-page.tsx';
import { SupervisedPlanPage } from './networks/supervised-plan-page.tsx';
import { AuditPage } from './audit/audit-page.tsx';

/** Every page of the app: public pages first, then those behind the session guard. */
export function AppRoutes() {
  return (
    <Routes>
      <Route path="/sign-in" element={<SignInPage />} />
      <Route path="/invitations/:token" element={<AcceptInvitationPage />} />
      <Route element={<RequireSession />}>
        <Route element={<AppLayout />}>
          <Route index element={<HomePage />} />
          <Route path="programs" element={<ProgramsPage />} />
          <Route path="programs/new" element={<NewProgramPage />} />
          <Route path="programs/:programId" element={<ProgramPage />} />
          <Route path="programs/:programId/edit" element={<EditProgramPage />} />
          <Route path="programs/:programId/apply" element={<ApplyProgramPage />} />
          <Route path="programs/:programId/intake-form" element={<IntakeFormPage />} />
          <Route path="programs/:programId/applications" element={<ProgramApplicationsPage />} />
          <Route path="programs/:programId/matching" element={<MatchingPage />} />
          <Route path="applications/:applicationId" element={<ApplicationPage />} />
          <Route path="relationships/:relationshipId" element={<RelationshipPage />} />
          <Route path="network" element={<NetworkPage />} />
          <Route path="requests" element={<RequestsPage />} />
          <Route path="requests/new" element={<NewRequestPage />} />
          <Route path="people/:personId/development-plan" element={<SupervisedPlanPage />} />
          <Route path="apply" element={<ApplyPage />} />
          <Route path="profile" element={<ProfilePage />} />
          <Route path="people" element={<PeoplePage />} />
          <Route path="people/import" element={<ImportPage />} />
          <Route path="audit" element={<AuditPage />} />
          <Route path="*" element={<NotFoundPage />} />
        </Route>
      </Route>
    </Routes>
  );
}
