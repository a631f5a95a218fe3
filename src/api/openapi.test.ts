import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { call, errorOf } from '../testing/http-client.ts';
import { openTestApp, type TestApp } from '../testing/test-app.ts';
import { HealthSchema, OpenApiDocumentSchema } from '../testing/openapi-document.ts';

describe('OpenAPI document and service routes', () => {
  let t: TestApp;
  before(async () => {
    t = await openTestApp();
  });
  after(() => t.handle.close());

  test('serves an OpenAPI 3.1 document listing every API route', async () => {
    const res = await call(t.app, 'GET', '/api/openapi.json', undefined, { schema: OpenApiDocumentSchema });
    assert.equal(res.status, 200);
    assert.equal(res.body.openapi, '3.1.0');
    const operations = Object.entries(res.body.paths as Record<string, Record<string, unknown>>).flatMap(([path, methods]) =>
      Object.keys(methods).map((method) => `${method.toUpperCase()} ${path}`),
    );
    for (const expected of [
      'POST /api/v1/auth/sign-in',
      'POST /api/v1/auth/sign-out',
      'GET /api/v1/auth/session',
      'GET /api/v1/home',
      'GET /api/v1/people',
      'GET /api/v1/invitations',
      'POST /api/v1/invitations',
      'GET /api/v1/invitations/by-token/{token}',
      'POST /api/v1/invitations/by-token/{token}/accept',
      'GET /api/v1/programs',
      'POST /api/v1/programs',
      'GET /api/v1/programs/{programId}',
      'PATCH /api/v1/programs/{programId}',
      'GET /api/v1/programs/{programId}/enrolments',
      'POST /api/v1/programs/{programId}/enrolments',
      'DELETE /api/v1/programs/{programId}/enrolments/{enrolmentId}',
    ]) {
      assert.ok(operations.includes(expected), `${expected} missing from ${operations.join(', ')}`);
    }
    assert.ok(res.body.components.schemas.Program);
    assert.ok(res.body.components.securitySchemes.sessionCookie);
  });

  test('/healthz answers ok', async () => {
    const res = await call(t.app, 'GET', '/healthz', undefined, { schema: HealthSchema });
    assert.deepEqual([res.status, res.body.status], [200, 'ok']);
  });

  test('unknown API routes are a JSON 404, never HTML', async () => {
    const res = await call(t.app, 'GET', '/api/v1/nothing-here');
    assert.equal(res.status, 404);
    assert.equal(errorOf(res).code, 'route_not_found');
  });

  test('bodies over the limit are a 413', async () => {
    const res = await call(t.app, 'POST', '/api/v1/auth/sign-in', { email: 'a@example.test', password: 'x'.repeat(200_000) });
    assert.equal(res.status, 413);
    assert.equal(errorOf(res).code, 'payload_too_large');
  });

  test('a JSON body sent with another content type is refused with a 4xx', async () => {
    const res = await call(t.app, 'POST', '/api/v1/auth/sign-in', undefined, {
      rawBody: 'email=a@example.test&password=x',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    assert.ok(res.status >= 400 && res.status < 500, `status ${res.status}`);
  });
});
