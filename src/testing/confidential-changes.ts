import { sql } from 'drizzle-orm';
import type { Database } from '../db/database.ts';
import type { AuthorizationWorld, Principal } from './authorization-world.ts';
import { peerMenteeFaith } from './authorization-world.ts';

/** One confidential value of the authorization world, who may see it, and how to change it. */
export type ConfidentialChange = {
  what: string;
  /** The principals allowed to see it (or anything derived from it). */
  readers: readonly Principal[];
  /** How the change is made: as its owner would through the API, or the value alone in the database. */
  via: 'api' | 'database';
  /** Changed in a sweep of its own: another change with the same readers would hide it (an avoid mark after a prefer mark). */
  alone: boolean;
  change: () => Promise<void>;
};

type TextColumn = { table: string; column: string; cast: string };

const casts: Record<string, string> = {
  text: 'text',
  varchar: 'varchar',
  json: 'json',
  jsonb: 'jsonb',
  _text: 'text[]',
  _varchar: 'varchar[]',
};

/** Every column of the schema that can hold text (text, varchar, json, jsonb, text arrays). */
async function textColumns(db: Database): Promise<TextColumn[]> {
  const result = (await db.execute(
    sql`select table_name, column_name, udt_name from information_schema.columns where table_schema = current_schema() and udt_name in ('text', 'varchar', 'json', 'jsonb', '_text', '_varchar') order by table_name, column_name`,
  )) as unknown as { rows: Array<{ table_name: string; column_name: string; udt_name: string }> };
  return result.rows.map((row) => ({ table: row.table_name, column: row.column_name, cast: casts[row.udt_name] ?? 'text' }));
}

/** The columns holding each marker, found once: a value may be copied (a request's plan excerpt). */
async function locateMarkers(db: Database, markers: readonly string[]): Promise<Map<string, TextColumn[]>> {
  const found = new Map<string, TextColumn[]>(markers.map((marker) => [marker, []]));
  for (const column of await textColumns(db)) {
    const result = (await db.execute(
      sql`select ${sql.identifier(column.column)}::text as v from ${sql.identifier(column.table)} where ${sql.identifier(column.column)}::text like '%MARKER-%'`,
    )) as unknown as { rows: Array<{ v: string }> };
    for (const marker of markers) if (result.rows.some((row) => row.v.includes(marker))) found.get(marker)?.push(column);
  }
  return found;
}

/**
 * Replaces a value in place wherever it is stored, touching nothing else: no timestamp, no audit
 * entry, no version. Audit entries are append-only; a marker copied there fails loudly.
 */
async function replaceStored(db: Database, columns: readonly TextColumn[], from: string, to: string): Promise<void> {
  let rows = 0;
  for (const { table, column, cast } of columns) {
    const target = sql.identifier(column);
    const result = (await db.execute(
      sql`update ${sql.identifier(table)} set ${target} = replace(${target}::text, ${from}, ${to})::${sql.raw(cast)} where ${target}::text like ${`%${from}%`} returning 1`,
    )) as unknown as { rows: unknown[] };
    rows += result.rows.length;
  }
  if (rows === 0) throw new Error(`${from} is stored nowhere: the change would prove nothing`);
}

const nextValue = (marker: string) => `${marker}-CHANGED-${Math.random().toString(36).slice(2, 6)}`;

/**
 * Every confidential kind of the world, each with a change: every planted marker changed in the
 * database (the value alone, so that an API edit's legitimately visible side effects, such as a
 * profile's `updatedAt`, a relationship's last touch point or an audit entry, do not blur the
 * comparison); the mentor's matching-only faith set to the peer mentee's (the guess of issue 14,
 * finding 2); the interview's ratings changed by the coordinator and the survey's rating in the
 * database (a survey is answered once); and the mentor's preference marks on the peer mentee,
 * set through the API as the mentor would.
 *
 * @example for (const kind of await confidentialChanges(t.ctx.db, world)) await kind.change();
 */
export async function confidentialChanges(db: Database, world: AuthorizationWorld): Promise<ConfidentialChange[]> {
  const located = await locateMarkers(
    db,
    world.markers.map((m) => m.marker),
  );
  const current = new Map(world.markers.map((m) => [m.marker, m.marker]));
  const replace = (marker: string, to: string) => async () => {
    await replaceStored(db, located.get(marker) ?? [], current.get(marker) ?? marker, to);
    current.set(marker, to);
  };
  const markerChanges = world.markers.map(({ marker, what, readers }): ConfidentialChange => {
    if ((located.get(marker) ?? []).length === 0) throw new Error(`marker ${what} is stored nowhere`);
    return { what, readers, via: 'database', alone: false, change: replace(marker, nextValue(marker)) };
  });
  const faith = world.markers.find((m) => m.what === 'mentor-matching-only-attribute');
  if (!faith) throw new Error('the world has no mentor matching-only attribute');
  const { params: p, people } = world;
  const ok = async (who: Principal, method: string, path: string, body: unknown) => {
    const response = await world.as(who, method, path, body);
    if (response.status >= 300) throw new Error(`${who} ${method} ${path}: ${response.status} ${JSON.stringify(response.body)}`);
  };
  const marks = (kind: 'prefer' | 'avoid') => () =>
    ok('mentor', 'PUT', `/programs/${p.programId}/matching/preferences/mine`, { marks: [{ personId: people.peerMentee.id, kind }] });
  return [
    ...markerChanges,
    {
      what: 'mentor-matching-only-attribute equal to the peer mentee’s',
      readers: faith.readers,
      via: 'database',
      alone: false,
      change: replace(faith.marker, peerMenteeFaith),
    },
    {
      what: 'interview-ratings',
      readers: ['coordinator', 'admin'],
      via: 'api',
      alone: false,
      change: () =>
        ok('coordinator', 'PATCH', `/applications/${p.applicationId}/interviews/${p.interviewId}`, { motivation: 1, goalClarity: 2 }),
    },
    {
      what: 'survey-rating',
      readers: ['mentee'],
      via: 'database',
      alone: false,
      change: async () => {
        const result = (await db.execute(
          sql`update closure_surveys set rating = 6 - rating, qualities = ${JSON.stringify({ listened: 2, trustworthy: 1 })}::jsonb returning 1`,
        )) as unknown as { rows: unknown[] };
        if (result.rows.length === 0) throw new Error('the world holds no closure survey');
      },
    },
    { what: 'mentor-prefers-peer-mentee', readers: ['mentor', 'coordinator', 'admin'], via: 'api', alone: true, change: marks('prefer') },
    { what: 'mentor-avoids-peer-mentee', readers: ['mentor', 'coordinator', 'admin'], via: 'api', alone: true, change: marks('avoid') },
  ];
}
