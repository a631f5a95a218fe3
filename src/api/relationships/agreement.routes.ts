import { createRoute, type z } from '@hono/zod-openapi';
import {
  AgreementSchema,
  AgreementStatusSchema,
  AgreementTemplateSchema,
  AgreementVersionListSchema,
  EditAgreementSchema,
  ProgramAgreementTemplateSchema,
  SignAgreementSchema,
} from '../../../shared/schemas/agreements.ts';
import { getAgreementTemplate, saveAgreementTemplate } from '../../services/relationships/agreement-template.service.ts';
import {
  editAgreement,
  getAgreement,
  getAgreementStatus,
  listAgreementHistory,
  signAgreement,
  type AgreementView,
} from '../../services/relationships/agreement.service.ts';
import { requireActor } from '../middleware/session.ts';
import { errorResponses, jsonBody, jsonResponse, sessionSecurity } from '../openapi-helpers.ts';
import { ProgramParams } from '../programs/programs.routes.ts';
import { createRouter } from '../router.ts';
import { RelationshipParams } from './relationships.routes.ts';

const tags = ['Agreements'];
const route = <T extends Parameters<typeof createRoute>[0]>(config: T) => createRoute({ tags, security: sessionSecurity, ...config });
const Agreement = AgreementSchema.meta({ id: 'Agreement' });
const Template = ProgramAgreementTemplateSchema.meta({ id: 'ProgramAgreementTemplate' });

const getOne = route({
  method: 'get',
  path: '/relationships/{relationshipId}/agreement',
  summary: 'The agreement’s current version and signatures (the pair only)',
  request: { params: RelationshipParams },
  responses: { 200: jsonResponse(Agreement, 'Agreement'), ...errorResponses(401, 404, 422) },
});
const edit = route({
  method: 'put',
  path: '/relationships/{relationshipId}/agreement',
  summary: 'Edit the draft: a new version made on the version sent (stale: 409 agreement_edit_conflict); both sign again',
  request: { params: RelationshipParams, body: jsonBody(EditAgreementSchema.meta({ id: 'EditAgreement' })) },
  responses: { 200: jsonResponse(Agreement, 'The new version'), ...errorResponses(400, 401, 404, 409, 422) },
});
const sign = route({
  method: 'post',
  path: '/relationships/{relationshipId}/agreement/signatures',
  summary: 'Sign your own side of the current version',
  request: { params: RelationshipParams, body: jsonBody(SignAgreementSchema.meta({ id: 'SignAgreement' })) },
  responses: { 200: jsonResponse(Agreement, 'Signed'), ...errorResponses(400, 401, 403, 404, 409, 422) },
});
const versions = route({
  method: 'get',
  path: '/relationships/{relationshipId}/agreement/versions',
  summary: 'Every version of the agreement, newest first (the pair only)',
  request: { params: RelationshipParams },
  responses: {
    200: jsonResponse(AgreementVersionListSchema.meta({ id: 'AgreementVersionList' }), 'Versions'),
    ...errorResponses(401, 404, 422),
  },
});
const status = route({
  method: 'get',
  path: '/relationships/{relationshipId}/agreement/status',
  summary: 'Whether the agreement is signed, and when (the pair and the program’s coordinators; no text)',
  request: { params: RelationshipParams },
  responses: { 200: jsonResponse(AgreementStatusSchema.meta({ id: 'AgreementStatus' }), 'Status'), ...errorResponses(401, 404, 422) },
});
const getTemplate = route({
  method: 'get',
  path: '/programs/{programId}/agreement-template',
  summary: 'The program’s agreement template (the default until saved)',
  request: { params: ProgramParams },
  responses: { 200: jsonResponse(Template, 'Template'), ...errorResponses(401, 403, 404, 422) },
});
const putTemplate = route({
  method: 'put',
  path: '/programs/{programId}/agreement-template',
  summary: 'Replace the program’s agreement template (new relationships start from it)',
  request: { params: ProgramParams, body: jsonBody(AgreementTemplateSchema.meta({ id: 'AgreementTemplate' })) },
  responses: { 200: jsonResponse(Template, 'Saved'), ...errorResponses(400, 401, 403, 404, 422) },
});

const iso = (date: Date | null) => date?.toISOString() ?? null;

type Status = { currentVersion: number; mentorSignedAt: Date | null; menteeSignedAt: Date | null; signedAt: Date | null };
function presentStatus(view: Status): z.infer<typeof AgreementStatusSchema> {
  return {
    currentVersion: view.currentVersion,
    mentorSignedAt: iso(view.mentorSignedAt),
    menteeSignedAt: iso(view.menteeSignedAt),
    signedAt: iso(view.signedAt),
  };
}

function presentVersion(version: AgreementView['current']) {
  return {
    ...version,
    editedAt: version.editedAt.toISOString(),
    mentorSignedAt: iso(version.mentorSignedAt),
    menteeSignedAt: iso(version.menteeSignedAt),
  };
}

function presentAgreement(view: AgreementView): z.infer<typeof AgreementSchema> {
  return { ...presentStatus(view), current: presentVersion(view.current) };
}

/** The pair's agreement (text, versions, signatures), its signed status, and programs' templates. */
export function agreementRoutes() {
  return createRouter()
    .openapi(getOne, async (c) =>
      c.json(presentAgreement(await getAgreement(c.var.ctx, requireActor(c), c.req.valid('param').relationshipId)), 200),
    )
    .openapi(edit, async (c) =>
      c.json(
        presentAgreement(await editAgreement(c.var.ctx, requireActor(c), c.req.valid('param').relationshipId, c.req.valid('json'))),
        200,
      ),
    )
    .openapi(sign, async (c) =>
      c.json(
        presentAgreement(await signAgreement(c.var.ctx, requireActor(c), c.req.valid('param').relationshipId, c.req.valid('json'))),
        200,
      ),
    )
    .openapi(versions, async (c) =>
      c.json(
        { versions: (await listAgreementHistory(c.var.ctx, requireActor(c), c.req.valid('param').relationshipId)).map(presentVersion) },
        200,
      ),
    )
    .openapi(status, async (c) =>
      c.json(presentStatus(await getAgreementStatus(c.var.ctx, requireActor(c), c.req.valid('param').relationshipId)), 200),
    )
    .openapi(getTemplate, async (c) => c.json(await getAgreementTemplate(c.var.ctx, requireActor(c), c.req.valid('param').programId), 200))
    .openapi(putTemplate, async (c) =>
      c.json(await saveAgreementTemplate(c.var.ctx, requireActor(c), c.req.valid('param').programId, c.req.valid('json')), 200),
    );
}
