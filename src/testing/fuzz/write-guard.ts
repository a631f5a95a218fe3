import assert from 'node:assert/strict';
import type { Database } from '../../db/database.ts';
import { changedTables, openTableCounter, type TableCounts } from './table-counts.ts';

/**
 * Proves that refused requests write nothing, counting every table as rarely as that allows:
 * requests the schema refuses (which must fail) are checked together, by one count before the
 * next request that may succeed; every other request is counted alone, so a success's own
 * writes never hide a failure's. Tables are counted only when the database's write mark moved.
 *
 * @example const guard = await openWriteGuard(db); await guard.beforeRequest(mayWrite); … await guard.afterRequest(label, status, mayWrite);
 */
export async function openWriteGuard(db: Database) {
  const counter = await openTableCounter(db);
  let mark = await counter.writeMark();
  let snapshot: TableCounts = await counter.count();
  let unchecked: string[] = [];
  let ignored: readonly string[] = [];

  /** The counts now: the last ones when no transaction has written since, else counted again. */
  const countNow = async (): Promise<TableCounts> => {
    const markNow = await counter.writeMark();
    if (markNow === mark) return snapshot;
    mark = markNow;
    return counter.count();
  };
  /** Fails if any table changed since the last count (apart from `ignored`). */
  const verify = async (what: () => string) => {
    const now = await countNow();
    assert.deepEqual(changedTables(snapshot, now, ignored), [], `a refused request wrote: ${what()}`);
    snapshot = now;
  };
  return {
    /** Tables the next requests may write even when refused (a wrong password is recorded). */
    ignore: (tables: readonly string[] = []) => {
      ignored = tables;
    },
    /** Before a request that may succeed: checks the refused requests sent since the last count. */
    beforeRequest: async (mayWrite: boolean) => {
      if (!mayWrite || unchecked.length === 0) return;
      await verify(() => `one of ${unchecked.join(' | ')}`);
      unchecked = [];
    },
    /** After a request: a refused one that may have written is checked now, the others later. */
    afterRequest: async (label: string, status: number, mayWrite: boolean) => {
      if (!mayWrite) {
        unchecked.push(label);
        return;
      }
      if (status >= 400) await verify(() => label);
      else snapshot = await countNow();
    },
    /** Checks what is still unchecked (at the end of an operation's batch). */
    flush: async () => {
      if (unchecked.length > 0) await verify(() => `one of ${unchecked.join(' | ')}`);
      unchecked = [];
    },
  };
}
