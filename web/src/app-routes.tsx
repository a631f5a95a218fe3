import { Suspense, useEffect } from 'react';
import { Outlet, Route, Routes, useLocation } from 'react-router';
import { RequireSession } from './auth/require-session.tsx';
import { pages } from './routing/pages.ts';
import { RouteFallback } from './routing/route-fallback.tsx';

/** The signed-in pages' slot in the frame: a page's code arrives while the frame stays drawn. */
function PageSlot() {
  return (
    <Suspense fallback={<RouteFallback />}>
      <Outlet />
    </Suspense>
  );
}

/**
 * Every page of the app: public pages first, then those behind the session guard. Each page's
 * code (and the signed-in frame's) is fetched when first shown, so a visit loads only its own.
 */
export function AppRoutes() {
  const { pathname } = useLocation();
  const isPublic = pathname === '/sign-in' || pathname.startsWith('/invitations/');
  // The frame's code is fetched while the session is checked, not after.
  useEffect(() => {
    if (!isPublic) void pages.SignedInFrame.preload();
  }, [isPublic]);
  return (
    <Suspense fallback={<RouteFallback fullScreen />}>
      <Routes>
        <Route path="/sign-in" element={<pages.SignInPage />} />
        <Route path="/invitations/:token" element={<pages.AcceptInvitationPage />} />
        <Route element={<RequireSession />}>
          <Route element={<pages.SignedInFrame />}>
            <Route element={<PageSlot />}>
              <Route index element={<pages.HomePage />} />
              <Route path="programs" element={<pages.ProgramsPage />} />
              <Route path="programs/new" element={<pages.NewProgramPage />} />
              <Route path="programs/:programId" element={<pages.ProgramPage />} />
              <Route path="programs/:programId/edit" element={<pages.EditProgramPage />} />
              <Route path="programs/:programId/apply" element={<pages.ApplyProgramPage />} />
              <Route path="programs/:programId/intake-form" element={<pages.IntakeFormPage />} />
              <Route path="programs/:programId/applications" element={<pages.ProgramApplicationsPage />} />
              <Route path="programs/:programId/matching" element={<pages.MatchingPage />} />
              <Route path="applications/:applicationId" element={<pages.ApplicationPage />} />
              <Route path="relationships/:relationshipId" element={<pages.RelationshipPage />} />
              <Route path="network" element={<pages.NetworkPage />} />
              <Route path="requests" element={<pages.RequestsPage />} />
              <Route path="requests/new" element={<pages.NewRequestPage />} />
              <Route path="people/:personId/development-plan" element={<pages.SupervisedPlanPage />} />
              <Route path="apply" element={<pages.ApplyPage />} />
              <Route path="profile" element={<pages.ProfilePage />} />
              <Route path="people" element={<pages.PeoplePage />} />
              <Route path="people/import" element={<pages.ImportPage />} />
              <Route path="audit" element={<pages.AuditPage />} />
              <Route path="*" element={<pages.NotFoundPage />} />
            </Route>
          </Route>
        </Route>
      </Routes>
    </Suspense>
  );
}
