// The GET routes of the API as the large organization's people use them: discovered from the
// OpenAPI document, their path parameters filled from the seeded ids, for the CI scale test
// (src/api/scale.test.ts) and `npm run bench:scale` (bench/scale/).
import { sql } from 'drizzle-orm';
import type { Database } from '../db/database.ts';
import type { SeededAccount } from './large-organization.ts';

/** The ids a sweep fills path parameters with; a route needing one that is missing is skipped. */
export type ScaleIds = {
  programId: string;
  /** A mentor of the program: `{mentorId}`, and the person whose profile `{personId}` opens. */
  mentorId: string;
  runId?: string | undefined;
  relationshipId?: string | undefined;
  applicationId?: string | undefined;
};

/** A GET route ready to send, or why it cannot be. */
export type ScaleRoute = { template: string; url: string };
export type SkippedRoute = { template: string; missing: string[] };

type QueryParameter = { name: string; in: string; required?: boolean };
type OpenApiDocument = { paths: Record<string, Record<string, unknown>> };

/** What a search is timed with: a first name the seeded organization uses. */
export const scaleSearch = 'Ada';

/**
 * Further query strings a route is also timed with, each as a route of its own: the largest page
 * of a list whose rows can number the program's size, and filters that change what is scanned.
 */
const scaleQueries: Record<string, string[]> = {
  '/api/v1/programs/{programId}/matching/preferences': ['limit=500', 'kind=avoid'],
  '/api/v1/programs/{programId}/matching/mentors-wanted': ['all=true&limit=500'],
  '/api/v1/relationships/{relationshipId}/meetings': ['when=past&limit=500'],
};

/** What fills each path parameter (by its name in the document). */
function parameterValues(ids: ScaleIds): Record<string, string | undefined> {
  return {
    programId: ids.programId,
    mentorId: ids.mentorId,
    personId: ids.mentorId,
    runId: ids.runId,
    relationshipId: ids.relationshipId,
    applicationId: ids.applicationId,
  };
}

function queryParametersOf(operation: unknown): QueryParameter[] {
  const parameters = (operation as { parameters?: QueryParameter[] } | undefined)?.parameters ?? [];
  return parameters.filter((parameter) => parameter.in === 'query');
}

/**
 * Every GET route of the document whose path parameters `ids` can fill, with its URL (a required
 * `q` gets a name to search; a route with an optional `q` is also sent once more with it, as a
 * search of its own, and a route of `scaleQueries` once more with each of its query strings), and the others with the parameters they lack (a meeting, a goal, a token…).
 *
 * @example const { routes, skipped } = scaleGetRoutes(await (await fetch(`${url}/api/openapi.json`)).json(), ids);
 */
export function scaleGetRoutes(document: OpenApiDocument, ids: ScaleIds): { routes: ScaleRoute[]; skipped: SkippedRoute[] } {
  const values = parameterValues(ids);
  const routes: ScaleRoute[] = [];
  const skipped: SkippedRoute[] = [];
  for (const [path, methods] of Object.entries(document.paths)) {
    if (!('get' in methods) || !path.startsWith('/api/v1/')) continue;
    const names = [...path.matchAll(/\{([^}]+)\}/g)].map((match) => match[1] as string);
    const missing = names.filter((name) => values[name] === undefined);
    const query = queryParametersOf(methods.get);
    const required = query.filter((parameter) => parameter.required && parameter.name !== 'q');
    if (missing.length > 0 || required.length > 0) {
      skipped.push({ template: path, missing: [...missing, ...required.map((parameter) => `?${parameter.name}`)] });
      continue;
    }
    const url = path.replace(/\{([^}]+)\}/g, (_, name: string) => encodeURIComponent(values[name] as string));
    const search = query.find((parameter) => parameter.name === 'q');
    if (!search?.required) routes.push({ template: path, url });
    if (search) routes.push({ template: `${path}?q=${scaleSearch}`, url: `${url}?q=${scaleSearch}` });
    for (const extra of scaleQueries[path] ?? []) routes.push({ template: `${path}?${extra}`, url: `${url}?${extra}` });
  }
  return { routes, skipped };
}

/**
 * The items of a list answer, in either shape while colleagues land the paging convention:
 * `{ items, nextCursor }`, or the older `{ <name>: [...] }` with one array.
 */
export function itemsOf(body: unknown): unknown[] {
  if (Array.isArray(body)) return body;
  if (typeof body !== 'object' || body === null) return [];
  const record = body as Record<string, unknown>;
  if (Array.isArray(record.items)) return record.items;
  const arrays = Object.values(record).filter(Array.isArray);
  return arrays.length === 1 ? (arrays[0] as unknown[]) : [];
}

/** A pair of the program to sign in as: its relationship, mentee and mentor (null before any pair exists). */
export type ScalePair = { relationshipId: string; mentee: SeededAccount; mentor: SeededAccount };

/** The program's first active relationship by mentee address, with both people's sign-ins. */
export async function findScalePair(db: Database, organizationId: string, programId: string): Promise<ScalePair | null> {
  const result = (await db.execute(sql`
    select r.id, r.mentee_id, e.email as mentee_email, r.mentor_id, o.email as mentor_email
    from relationships r
    join people e on e.organization_id = r.organization_id and e.id = r.mentee_id
    join people o on o.organization_id = r.organization_id and o.id = r.mentor_id
    where r.organization_id = ${organizationId} and r.program_id = ${programId} and r.status = 'active'
    order by e.email limit 1`)) as unknown as {
    rows: Array<{ id: string; mentee_id: string; mentee_email: string; mentor_id: string; mentor_email: string }>;
  };
  const row = result.rows[0];
  if (!row) return null;
  return {
    relationshipId: row.id,
    mentee: { id: row.mentee_id, email: row.mentee_email },
    mentor: { id: row.mentor_id, email: row.mentor_email },
  };
}

/** The application of a person to the program, if any. */
export async function findApplicationId(
  db: Database,
  organizationId: string,
  programId: string,
  personId: string,
): Promise<string | undefined> {
  const result = (await db.execute(sql`
    select id from applications where organization_id = ${organizationId} and program_id = ${programId} and person_id = ${personId}
    limit 1`)) as unknown as { rows: Array<{ id: string }> };
  return result.rows[0]?.id;
}
