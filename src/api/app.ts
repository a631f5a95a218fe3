import { bodyLimit } from 'hono/body-limit';
import type { ServiceContext } from '../services/context.ts';
import type { ApiOptions } from './app-env.ts';
import { authRoutes } from './auth/auth.routes.ts';
import { passwordResetRoutes } from './auth/password-reset.routes.ts';
import { errorBody, handleError } from './errors.ts';
import { createRouter } from './router.ts';
import { homeRoutes } from './home/home.routes.ts';
import { exceptImportRoutes, importRoutes } from './imports/imports.routes.ts';
import { invitationRoutes } from './invitations/invitations.routes.ts';
import { rejectCrossSiteRequests } from './middleware/csrf.ts';
import { preventCaching } from './middleware/cache-control.ts';
import { assignRequestId } from './middleware/request-id.ts';
import { logRequests } from './middleware/request-log.ts';
import { applySecurityHeaders } from './middleware/security-headers.ts';
import { loadSession } from './middleware/session.ts';
import { mountOpenApi } from './openapi.ts';
import { peopleRoutes } from './people/people.routes.ts';
import { enrolmentRoutes } from './programs/enrolments.routes.ts';
import { programRoutes } from './programs/programs.routes.ts';
import { intakeFormRoutes } from './programs/intake-form.routes.ts';
import { profileRoutes } from './profiles/profiles.routes.ts';
import { skillRoutes } from './skills/skills.routes.ts';
import { applicationRoutes } from './applications/applications.routes.ts';
import { programApplicationRoutes } from './applications/program-applications.routes.ts';
import { interviewRoutes } from './applications/interviews.routes.ts';
import { matchingReviewRoutes } from './matching/matching-review.routes.ts';
import { matchingRunControlRoutes } from './matching/matching-run-control.routes.ts';
import { matchingRoutes } from './matching/matching.routes.ts';
import { circleRoutes } from './circles/circles.routes.ts';
import { matchingPreferenceRoutes } from './matching/matching-preferences.routes.ts';
import { relationshipRoutes } from './relationships/relationships.routes.ts';
import { mentorRequestRoutes } from './requests/mentor-requests.routes.ts';
import { noteRoutes } from './relationships/notes.routes.ts';
import { stageRoutes } from './relationships/stages.routes.ts';
import { closureRoutes } from './relationships/closure.routes.ts';
import { relationshipOverviewRoutes } from './relationships/overview.routes.ts';
import { programRelationshipRoutes } from './relationships/program-relationships.routes.ts';
import { meetingRoutes } from './relationships/meetings.routes.ts';
import { calendarRoutes } from './relationships/calendar.routes.ts';
import { agreementRoutes } from './relationships/agreement.routes.ts';
import { manualPairingRoutes } from './relationships/manual-pairing.routes.ts';
import { goalRoutes } from './relationships/goals.routes.ts';
import { learningLogRoutes } from './relationships/learning-log.routes.ts';
import { checkInRoutes } from './relationships/check-ins.routes.ts';
import { networkRoutes } from './networks/networks.routes.ts';
import { gapSuggestionRoutes } from './networks/gap-suggestions.routes.ts';
import { mountWebApp } from './static-web.ts';
import { auditRoutes } from './audit/audit.routes.ts';
import { withRequestOrigin } from './audit/request-origin.middleware.ts';
import { privacyRoutes } from './privacy/privacy.routes.ts';
import { adminJobRoutes } from './admin-jobs/admin-jobs.routes.ts';
import { notificationRoutes } from './notifications/notifications.routes.ts';
import { outboxRoutes } from './outbox/outbox.routes.ts';
import { unsubscribeRoutes } from './unsubscribe/unsubscribe.routes.ts';

/**
 * Builds the whole HTTP application: API under /api/v1, its OpenAPI document and reference,
 * /healthz, and the web app. Tests call `app.request(...)` on it without opening a port.
 *
 * @example const app = createApp(ctx, { publicUrl: undefined, trustProxy: false, webRoot: undefined, bodyLimitBytes: 1_000_000 });
 */
export function createApp(ctx: ServiceContext, options: ApiOptions, isHealthy: () => Promise<boolean> = async () => true) {
  const app = createRouter();
  app.onError(handleError);
  app.use('*', applySecurityHeaders(options), assignRequestId(options), async (c, next) => {
    c.set('ctx', ctx);
    await next();
  });
  app.get('/healthz', async (c) => ((await isHealthy()) ? c.json({ status: 'ok' }, 200) : c.json({ status: 'unavailable' }, 503)));
  app.use('/api/*', logRequests(), preventCaching());
  app.use(
    '/api/v1/*',
    // The import routes take CSV files of up to 10 MB and apply their own limit.
    exceptImportRoutes(
      bodyLimit({
        maxSize: options.bodyLimitBytes,
        onError: (c) => c.json(errorBody('payload_too_large', `Request bodies are limited to ${options.bodyLimitBytes} bytes`), 413),
      }),
    ),
    rejectCrossSiteRequests(options),
    loadSession(),
  );
  app.use('/api/v1/*', withRequestOrigin(options.trustProxy));
  const api = createRouter()
    .route('/', authRoutes(options))
    .route('/', passwordResetRoutes(options))
    .route('/', invitationRoutes(options))
    .route('/', homeRoutes())
    .route('/', peopleRoutes())
    .route('/', importRoutes())
    .route('/', profileRoutes())
    .route('/', skillRoutes())
    // Before programRoutes: /programs/open must not be taken for /programs/{programId}.
    .route('/', intakeFormRoutes())
    .route('/', programRoutes())
    .route('/', enrolmentRoutes())
    .route('/', applicationRoutes())
    .route('/', programApplicationRoutes())
    .route('/', interviewRoutes())
    .route('/', circleRoutes())
    .route('/', matchingRoutes())
    .route('/', matchingReviewRoutes())
    .route('/', matchingRunControlRoutes())
    .route('/', matchingPreferenceRoutes())
    // Relationship features (agreement, goals, meetings, notes, learning log, closure) go below.
    .route('/', relationshipRoutes())
    .route('/', mentorRequestRoutes())
    .route('/', networkRoutes())
    .route('/', gapSuggestionRoutes())
    .route('/', noteRoutes())
    .route('/', stageRoutes())
    .route('/', closureRoutes())
    .route('/', relationshipOverviewRoutes())
    .route('/', programRelationshipRoutes())
    .route('/', meetingRoutes(options))
    .route('/', calendarRoutes(options))
    .route('/', agreementRoutes())
    .route('/', manualPairingRoutes())
    .route('/', goalRoutes())
    .route('/', learningLogRoutes())
    .route('/', checkInRoutes())
    .route('/', auditRoutes())
    .route('/', adminJobRoutes())
    .route('/', privacyRoutes())
    .route('/', notificationRoutes())
    .route('/', outboxRoutes())
    .route('/', unsubscribeRoutes());
  app.route('/api/v1', api);
  mountOpenApi(app);
  app.all('/api/*', (c) => c.json(errorBody('route_not_found', `No route ${c.req.method} ${c.req.path}`), 404));
  mountWebApp(app, options.webRoot);
  app.notFound((c) => c.json(errorBody('route_not_found', `No route ${c.req.method} ${c.req.path}`), 404));
  return app;
}

export type ConstellationApp = ReturnType<typeof createApp>;
