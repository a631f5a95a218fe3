import { AuditPageSchema } from '../../shared/schemas/index.ts';
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { auditActions } from '../../shared/schemas/audit.ts';
import { requiredQueries } from '../testing/authorization-requests.ts';
import { buildAuthorizationWorld, principals, type AuthorizationWorld, type Principal } from '../testing/authorization-world.ts';
import { confidentialChanges, type ConfidentialChange } from '../testing/confidential-changes.ts';
import { call, withSchema } from '../testing/http-client.ts';
import { openTestApp, type TestApp } from '../testing/test-app.ts';
import { OpenApiDocumentSchema } from '../testing/openapi-document.ts';

const prefix = '/api/v1';
/**
 * Left out of the comparison, because they are proved unrelated to any stored value: the time the
 * answer was sent, and the request id (`crypto.randomUUID()` per request, src/api/middleware/request-id.ts).
 * Everything else, every other header and every byte of the body, is compared.
 */
const unrelatedHeaders = new Set(['date', 'x-request-id']);

type Answer = { status: number; text: string };

/**
 * The values each path parameter takes in a sweep: for paths with that one parameter, every
 * relationship of the mentee's (the ended ones hold reflections, the survey and the early-exit
 * reason), the mentee's, the mentor's and the peer mentee's person, and both programs.
 */
function variantsOf(path: string, world: AuthorizationWorld): Array<Record<string, string>> {
  const names = [...path.matchAll(/\{(\w+)\}/g)].map((match) => match[1] ?? '');
  const { params: p, people } = world;
  const only = (name: string, values: string[]) =>
    names.length === 1 && names[0] === name ? values.map((value) => ({ ...p, [name]: value })) : null;
  return (
    only('relationshipId', [p.relationshipId ?? '', ...world.endedRelationshipIds]) ??
    only('personId', [people.mentee.id, people.mentor.id, people.peerMentee.id]) ??
    only('programId', [p.programId ?? '', p.otherProgramId ?? '']) ?? [p]
  );
}

const fill = (path: string, params: Record<string, string>) =>
  path.replace(/\{(\w+)\}/g, (_, name: string) => params[name] ?? `missing-${name}`);
const auditReads = new Set(['/audit-log', '/audit-log/export.csv']);

/**
 * What others may see, proved by difference (issue 14): every confidential value of the
 * authorization world is changed, one at a time, and every GET of the OpenAPI document, as every
 * principal who may not see that value, must answer byte for byte as before.
 */
describe('confidentiality by difference: changing what a principal may not see changes nothing they get', { timeout: 300_000 }, () => {
  let t: TestApp;
  let world: AuthorizationWorld;
  let reads: string[];
  /**
   * The audit log records reads (a coordinator viewing a relationship, a data export), so each
   * sweep adds entries of its own: the log is read one action at a time, for every action the
   * sweep's own reads do not write (found by counting each action's entries across a sweep).
   */
  let auditQueries: string[] = [];
  /** `who GET path` of the calls the principal can make; all of them until the first sweep has run. */
  let callable: Set<string> | undefined;

  /** The query strings an operation is called with: the required ones, the audit log's filters. */
  const queriesOf = (template: string) => (auditReads.has(template) ? auditQueries : [requiredQueries[`GET ${template}`] ?? '']);

  async function auditTotals(): Promise<Map<string, number>> {
    const totals = new Map<string, number>();
    for (const action of auditActions)
      totals.set(
        action,
        withSchema(await world.as('admin', 'GET', `/audit-log?action=${action}&limit=500`), AuditPageSchema).body.items.length,
      );
    return totals;
  }

  /** Every GET of the document, with every parameter variant, as every principal: status, headers and raw body. */
  async function sweep(): Promise<Map<string, Answer>> {
    const answers = new Map<string, Answer>();
    for (const template of reads) {
      for (const path of variantsOf(template, world).flatMap((params) =>
        queriesOf(template).map((query) => fill(template, params) + query),
      )) {
        for (const who of principals) {
          const key = `${who} GET ${path}`;
          if (callable && !callable.has(key)) continue;
          const cookie = world.cookies[who];
          const response = await t.app.request(`${prefix}${path}`, { headers: cookie ? { cookie } : {} });
          const headers = [...response.headers].filter(([name]) => !unrelatedHeaders.has(name)).map(([name, value]) => `${name}: ${value}`);
          answers.set(key, { status: response.status, text: `${headers.sort().join('\n')}\n\n${await response.text()}` });
        }
      }
    }
    return answers;
  }

  /** The answers that differ, for principals outside `readers`, each with where the texts part. */
  function differences(before: Map<string, Answer>, after: Map<string, Answer>, readers: readonly Principal[]): string[] {
    const found: string[] = [];
    for (const [key, answer] of after) {
      const who = key.split(' ')[0] as Principal;
      const earlier = before.get(key);
      if (readers.includes(who) || !earlier || (earlier.status === answer.status && earlier.text === answer.text)) continue;
      let at = 0;
      while (at < answer.text.length && answer.text[at] === earlier.text[at]) at++;
      found.push(
        `${key}: ${earlier.status} -> ${answer.status}, from …${earlier.text.slice(Math.max(0, at - 60), at + 80)}… to …${answer.text.slice(Math.max(0, at - 60), at + 80)}…`,
      );
    }
    return found;
  }

  before(async () => {
    t = await openTestApp();
    world = await buildAuthorizationWorld(t);
    const doc = await call(t.app, 'GET', '/api/openapi.json', undefined, { schema: OpenApiDocumentSchema });
    reads = Object.entries(doc.body.paths as Record<string, Record<string, unknown>>)
      .filter(([, methods]) => 'get' in methods)
      .map(([path]) => path.slice(prefix.length));
    // The clock stands still, so that answers that say "in 3 days" or stamp the time compare equal.
    const frozen = t.ctx.now().getTime();
    t.ctx.now = () => new Date(frozen);
  });
  after(() => t.handle.close());

  /**
   * The changes, in steps of one sweep each: changes with the same readers together (a principal
   * who may see none of them must see nothing change), except those that must stand alone.
   */
  function stepsOf(changes: ConfidentialChange[]): Array<{ what: string; readers: readonly Principal[]; changes: ConfidentialChange[] }> {
    const steps = new Map<string, { what: string; readers: readonly Principal[]; changes: ConfidentialChange[] }>();
    for (const change of changes) {
      const key = change.alone ? change.what : `readers ${[...change.readers].sort().join(',')}`;
      const step = steps.get(key) ?? { what: key, readers: change.readers, changes: [] };
      step.changes.push(change);
      steps.set(key, step);
    }
    return [...steps.values()];
  }

  test('every confidential value, changed, leaves every answer to those who may not see it byte-identical', async () => {
    const started = performance.now();
    const changes = await confidentialChanges(t.ctx.db, world);
    const totals = await auditTotals();
    auditQueries = auditActions.map((action) => `?action=${action}`);
    // The first sweep finds what each principal can call (answers other than 401, 403 and 404) and what the sweep itself writes to the audit log.
    const discovery = await sweep();
    callable = new Set([...discovery].filter(([, answer]) => ![401, 403, 404].includes(answer.status)).map(([key]) => key));
    const after = await auditTotals();
    auditQueries = auditActions.filter((action) => after.get(action) === totals.get(action)).map((action) => `?action=${action}`);
    assert.ok(auditQueries.length > 5, `only ${auditQueries.length} audit actions are left to compare`);
    let before = await sweep();
    const again = await sweep();
    const unsteady = differences(before, again, []);
    assert.deepEqual(
      unsteady.slice(0, 20),
      [],
      `with nothing changed, every answer is the same (${unsteady.length} differ): a difference below is the change’s`,
    );
    const leaks: string[] = [];
    const unseen: string[] = [];
    const steps = stepsOf(changes);
    for (const step of steps) {
      for (const change of step.changes) await change.change();
      const changed = await sweep();
      const names = step.changes.map((change) => `${change.what} (via ${change.via})`).join(', ');
      leaks.push(...differences(before, changed, step.readers).map((line) => `${names} reached ${line}`));
      // A change no one sees proves nothing: each step must show to at least one of its readers.
      if (differences(before, changed, []).length === 0) unseen.push(names);
      before = changed;
    }
    const seconds = Math.round((performance.now() - started) / 100) / 10;
    t.ctx.logger.info(
      { reads: reads.length, answersPerSweep: before.size, kinds: changes.length, sweeps: steps.length + 3, seconds },
      'confidentiality differential',
    );
    assert.deepEqual(leaks.slice(0, 40), [], `${leaks.length} answers differ:\n${leaks.slice(0, 40).join('\n')}`);
    assert.deepEqual(unseen, [], 'every change shows to one of its readers, so the comparison can fail');
  });
});
