// Enrolling 20,000 people in one call: `POST /programs/{programId}/enrolments/bulk` when the
// server has it (a colleague is adding it; its body is read from the OpenAPI document).
import { largePersonId } from '../../src/testing/large-organization-sql.ts';
import { formatMs, send, type Session } from './http.ts';

type JsonSchema = { $ref?: string; type?: string; properties?: Record<string, JsonSchema>; items?: JsonSchema };
type OpenApiDocument = {
  paths: Record<string, Record<string, { requestBody?: { content?: Record<string, { schema?: JsonSchema }> } }>>;
  components?: { schemas?: Record<string, JsonSchema> };
};

export const bulkEnrolmentPath = '/api/v1/programs/{programId}/enrolments/bulk';

function resolve(document: OpenApiDocument, schema: JsonSchema | undefined): JsonSchema | undefined {
  if (!schema?.$ref) return schema;
  return document.components?.schemas?.[schema.$ref.replace('#/components/schemas/', '')];
}

/**
 * The bulk route's body for these people as mentees, from the names its schema uses: a list of
 * `{ personId, role }` under its one array property, or `personIds` with a `role`.
 */
function bulkBody(document: OpenApiDocument, personIds: string[]): unknown {
  const schema = resolve(document, document.paths[bulkEnrolmentPath]?.post?.requestBody?.content?.['application/json']?.schema);
  const properties = schema?.properties ?? {};
  if ('personIds' in properties) return { personIds, role: 'mentee' };
  const list = Object.entries(properties).find(([, property]) => resolve(document, property)?.type === 'array')?.[0] ?? 'enrolments';
  return { [list]: personIds.map((personId) => ({ personId, role: 'mentee' })) };
}

export type EnrolmentFigures = { available: boolean; status: number; ms: number; people: number; answer: string };

/** Creates a second program and enrols the first `count` mentees of the organization into it in one call. */
export async function enrolInBulk(
  baseUrl: string,
  coordinator: Session,
  openApi: unknown,
  organizationId: string,
  count: number,
  log: (line: string) => void,
): Promise<EnrolmentFigures> {
  const document = openApi as OpenApiDocument;
  if (!document.paths[bulkEnrolmentPath]?.post) return { available: false, status: 0, ms: 0, people: count, answer: 'not available' };
  const program = await send(baseUrl, 'POST', '/api/v1/programs', {
    cookie: coordinator.cookie,
    json: { name: 'Second large cohort', type: 'one_to_one' },
  });
  const programId = (program.body as { id?: string } | undefined)?.id;
  if (!programId) throw new Error(`could not create the second program: ${program.status} ${JSON.stringify(program.body)}`);
  const personIds = Array.from({ length: count }, (_, i) => largePersonId(organizationId, 'mentee', i + 1));
  const body = bulkBody(document, personIds);
  log(`POST ${bulkEnrolmentPath} with ${count} people (${Math.round(JSON.stringify(body).length / 1024)} KB)…`);
  const enrolled = await send(baseUrl, 'POST', bulkEnrolmentPath.replace('{programId}', programId), {
    cookie: coordinator.cookie,
    json: body,
    timeoutMs: 600_000,
  });
  log(`  ${enrolled.status} in ${formatMs(enrolled.ms)}`);
  return {
    available: true,
    status: enrolled.status,
    ms: enrolled.ms,
    people: count,
    answer: JSON.stringify(enrolled.body)?.slice(0, 160) ?? '',
  };
}
