import { sql, type SQL } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import type { Database } from './database.ts';

const names = new Set<string>();

/**
 * A hot query built once per database and reused: drizzle builds its SQL text and row mapping on
 * first use only, and PostgreSQL parses the named statement once per connection and keeps its
 * plan. Values come in as placeholders (`sql.placeholder('id')`). Each name belongs to one
 * statement. Inside a transaction the statement is prepared for that transaction's connection
 * (built again for each transaction, named all the same).
 *
 * @example
 * const byId = preparedStatement('person_by_id', (db, name) => db.select().from(people).where(eq(people.id, sql.placeholder('id'))).prepare(name));
 * const [row] = await byId(db).execute({ id });
 */
export function preparedStatement<Statement>(name: string, build: (db: Database, name: string) => Statement): (db: Database) => Statement {
  if (names.has(name)) throw new Error(`the prepared statement name ${name} is taken`);
  names.add(name);
  const built = new WeakMap<Database, Statement>();
  return (db) => {
    let statement = built.get(db);
    if (statement === undefined) {
      statement = build(db, name);
      built.set(db, statement);
    }
    return statement;
  };
}

/** `column = any($name::uuid[])`: a list of ids as one placeholder, so the statement keeps one shape whatever the list's length. */
export function isAnyOf(column: AnyPgColumn, placeholderName: string): SQL {
  return sql`${column} = any(${sql.placeholder(placeholderName)}::uuid[])`;
}
