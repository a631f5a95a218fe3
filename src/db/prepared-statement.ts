import { sql, type Placeholder, type SQL } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import type { Database } from './database.ts';

const names = new Set<string>();

/** What a statement runs on: the pool (or PGlite) for the database, a connection for a transaction. */
type Client = object;
/** The kind of session (node-postgres or PGlite): a statement built for one never runs on the other. */
type SessionKind = object;

/**
 * The client a database or transaction sends its queries through, and its kind of session.
 * drizzle keeps the client on the session (`session.client`, for node-postgres and PGlite alike)
 * and its prepared queries run on their own `client`; both are internal to drizzle (pinned in
 * package.json), so they are checked on first use and a change fails loudly instead of running a
 * statement outside its transaction.
 */
function connectionOf(db: Database): { client: Client; kind: SessionKind } {
  const session: unknown = db._.session;
  const client = typeof session === 'object' && session !== null && 'client' in session ? session.client : undefined;
  if (typeof client !== 'object' || client === null)
    throw new Error('drizzle session without a client: prepared statements cannot tell connections apart');
  return { client, kind: Object.getPrototypeOf(session) as SessionKind };
}

function runsOn(statement: unknown, client: Client): boolean {
  return typeof statement === 'object' && statement !== null && 'client' in statement && statement.client === client;
}

/**
 * A hot query built once and reused: drizzle builds its SQL text and row mapping on first use
 * only, and PostgreSQL parses the named statement once per connection and keeps its plan. Values
 * come in as placeholders (`sql.placeholder('id')`); each name belongs to one statement.
 *
 * In a transaction the same statement runs on the transaction's connection (a view of the built
 * statement with that client), so locks and uncommitted rows are the transaction's own.
 *
 * @example
 * const byId = preparedStatement('person_by_id', (db, name) => db.select().from(people).where(eq(people.id, sql.placeholder('id'))).prepare(name));
 * const [row] = await byId(trx).execute({ id });
 */
export function preparedStatement<Statement extends object>(
  name: string,
  build: (db: Database, name: string) => Statement,
): (db: Database) => Statement {
  if (names.has(name)) throw new Error(`the prepared statement name ${name} is taken`);
  names.add(name);
  const built = new Map<SessionKind, Statement>();
  const byClient = new WeakMap<Client, Statement>();
  return (db) => {
    const { client, kind } = connectionOf(db);
    let statement = byClient.get(client);
    if (statement === undefined) {
      const first = built.get(kind);
      if (first === undefined) {
        statement = build(db, name);
        if (!runsOn(statement, client))
          throw new Error(`prepared statement ${name}: drizzle's statement does not run on its session's client`);
        built.set(kind, statement);
      } else {
        statement = Object.create(first, { client: { value: client } }) as Statement;
      }
      byClient.set(client, statement);
    }
    return statement;
  };
}

/** `column = any($name::uuid[])`: a list of ids as one placeholder, so the statement keeps one shape whatever the list's length. */
export function isAnyOf(column: AnyPgColumn, placeholderName: string): SQL {
  return sql`${column} = any(${sql.placeholder(placeholderName)}::uuid[])`;
}

/** A placeholder per name, for the values of a prepared insert (`values(placeholders('a', 'b'))`). */
export function placeholders<Name extends string>(...placeholderNames: Name[]): Record<Name, Placeholder<Name>> {
  return Object.fromEntries(placeholderNames.map((name) => [name, sql.placeholder(name)])) as Record<Name, Placeholder<Name>>;
}
