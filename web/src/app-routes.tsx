import { useQueryClient } from '@tanstack/react-query';
import { Suspense, useEffect } from 'react';
import { Outlet, Route, Routes, useLocation } from 'react-router';
import { RequireSession } from './auth/require-session.tsx';
import { pages } from './routing/pages.ts';
import { RouteFallback } from './routing/route-fallback.tsx';
import { preloadSignedInPage, signedInRoutes } from './routing/signed-in-routes.ts';

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
  const queryClient = useQueryClient();
  // On a link, the page's code and first data are fetched before the page is drawn.
  useEffect(() => preloadSignedInPage(pathname, queryClient), [pathname, queryClient]);
  return (
    <Suspense fallback={<RouteFallback fullScreen />}>
      <Routes>
        <Route path="/sign-in" element={<pages.SignInPage />} />
        <Route path="/invitations/:token" element={<pages.AcceptInvitationPage />} />
        <Route path="/forgot-password" element={<pages.ForgotPasswordPage />} />
        <Route path="/reset-password/:token" element={<pages.ResetPasswordPage />} />
        <Route path="/unsubscribe/:token" element={<pages.UnsubscribePage />} />
        <Route element={<RequireSession />}>
          <Route element={<pages.SignedInFrame />}>
            <Route element={<PageSlot />}>
              {signedInRoutes.map(({ path, Page }) =>
                path === '' ? <Route key="index" index element={<Page />} /> : <Route key={path} path={path} element={<Page />} />,
              )}
            </Route>
          </Route>
        </Route>
      </Routes>
    </Suspense>
  );
}
