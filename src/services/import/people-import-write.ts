import type { ColumnMapping } from '../../../shared/schemas/imports.ts';
import {
  analyzeImportedTables,
  findImportTargets,
  setSupervisorsByEmail,
  upsertPeopleByEmail,
  upsertProfilesOfPeople,
  type ImportedPersonColumns,
  type ImportedProfileColumns,
  type ImportTarget,
} from '../../db/repositories/people-import.repository.ts';
import type { ImportedPerson } from '../../domain/people-import.ts';
import { emptyProfile } from '../../domain/profile.ts';
import type { ServiceContext } from '../context.ts';
import { openPeopleCsv, type CsvSource } from './csv-people-reader.ts';
import { importBatchSize, type ImportProgress } from './people-import-check.ts';

const personFields = ['displayName', 'department', 'jobTitle', 'seniorityLevel', 'location', 'timeZone', 'languages'] as const;
const profileFields = ['education', 'profession', 'expertiseOffered', 'expertiseWanted', 'mentorCapacity'] as const;

export type WriteCounts = { created: number; updated: number; unchanged: number };

type Deferred = { email: string; supervisorEmail: string | null; wasUnchanged: boolean };

function sameValue(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((value, i) => value === b[i]);
  return a === b;
}

/** What a new person's fields are when the file does not give them. */
const personDefaults: Required<Omit<ImportedPersonColumns, 'displayName'>> = {
  department: null,
  jobTitle: null,
  seniorityLevel: null,
  location: null,
  timeZone: null,
  languages: [],
};

/**
 * The row with every field it does not give (an empty optional cell) taken from the person as
 * they are, or from the defaults for someone new: "not given" never clears a value.
 */
function keepingNotGiven(row: ImportedPerson, target: ImportTarget | undefined): ImportedPerson {
  const filled: Record<string, unknown> = { ...row };
  const person: Omit<ImportedPersonColumns, 'displayName'> = target?.person ?? personDefaults;
  for (const field of personFields) {
    if (field !== 'displayName' && filled[field] === undefined) filled[field] = person[field];
  }
  const profile = target?.profile ?? emptyProfile(new Date(0));
  for (const field of profileFields) if (filled[field] === undefined) filled[field] = profile[field];
  // Only keys of ImportedPerson were copied or filled, each with its own field's value.
  return filled as ImportedPerson;
}

function pick<F extends string>(row: ImportedPerson, fields: readonly F[]): Record<F, unknown> {
  const picked = {} as Record<F, unknown>;
  for (const field of fields) picked[field] = (row as Record<string, unknown>)[field];
  return picked;
}

/**
 * The second streaming pass: upserts the valid rows by email, `importBatchSize` per multi-row
 * statement and transaction, writing only mapped fields and only rows where one of them differs;
 * then links supervisors, once everyone in the file exists.
 */
export async function writePeopleCsv(
  ctx: ServiceContext,
  organizationId: string,
  source: CsvSource,
  options: {
    mapping: ColumnMapping;
    invalidLines: Set<number>;
    total: number;
    onProgress?: ((progress: ImportProgress) => void) | undefined;
  },
): Promise<WriteCounts> {
  const csv = await openPeopleCsv(source, options.mapping);
  const mappedPersonFields = personFields.filter((field) => options.mapping[field] !== undefined);
  const mappedProfileFields = profileFields.filter((field) => options.mapping[field] !== undefined);
  const supervisorMapped = options.mapping.supervisorEmail !== undefined;
  const counts: WriteCounts = { created: 0, updated: 0, unchanged: 0 };
  const deferred: Deferred[] = [];
  let done = 0;
  let batches = 0;

  const writeBatch = async (batch: ImportedPerson[]) => {
    if (batch.length === 0) return;
    await ctx.db.transaction(async (trx) => {
      const targets = await findImportTargets(
        trx,
        organizationId,
        batch.map((row) => row.email),
      );
      const changes: Array<{ row: ImportedPerson; target: ImportTarget | undefined; personChanged: boolean; profileChanged: boolean }> = [];
      for (const given of batch) {
        const target = targets.get(given.email);
        const row = keepingNotGiven(given, target);
        const base = target?.profile ?? emptyProfile(new Date(0));
        const personChanged = !target || mappedPersonFields.some((field) => !sameValue(target.person[field], row[field]));
        const profileChanged = mappedProfileFields.some((field) => !sameValue(base[field], row[field]));
        if (supervisorMapped && row.supervisorEmail !== undefined && (target?.supervisorEmail ?? null) !== row.supervisorEmail) {
          deferred.push({
            email: row.email,
            supervisorEmail: row.supervisorEmail,
            wasUnchanged: !!target && !personChanged && !profileChanged,
          });
        }
        if (!target) counts.created += 1;
        else if (personChanged || profileChanged) counts.updated += 1;
        else counts.unchanged += 1;
        changes.push({ row, target, personChanged, profileChanged });
      }
      const personRows = changes.filter((change) => change.personChanged);
      const ids = await upsertPeopleByEmail(
        trx,
        organizationId,
        personRows.map(({ row }) => ({
          email: row.email,
          ...(pick(row, ['displayName', ...mappedPersonFields]) as ImportedPersonColumns),
        })),
        mappedPersonFields,
      );
      const profileRows: Array<{ personId: string } & ImportedProfileColumns> = [];
      for (const { row, target, profileChanged } of changes) {
        const personId = target?.id ?? ids.get(row.email);
        if (personId === undefined) throw new Error(`the upsert of ${row.email} returned no id`);
        if (profileChanged) profileRows.push({ personId, ...(pick(row, mappedProfileFields) as ImportedProfileColumns) });
      }
      await upsertProfilesOfPeople(trx, organizationId, profileRows, mappedProfileFields);
    });
    done += batch.length;
    batches += 1;
    // Powers of two: statistics stay fresh as the tables grow, at a logarithmic cost.
    if ((batches & (batches - 1)) === 0) await analyzeImportedTables(ctx.db);
    options.onProgress?.({ phase: 'writing', done, total: options.total });
  };

  let batch: ImportedPerson[] = [];
  for await (const row of csv.rows) {
    if ('errors' in row.result || options.invalidLines.has(row.line)) continue;
    batch.push(row.result.person);
    if (batch.length >= importBatchSize) {
      await writeBatch(batch);
      batch = [];
    }
  }
  await writeBatch(batch);

  for (let start = 0; start < deferred.length; start += importBatchSize) {
    const chunk = deferred.slice(start, start + importBatchSize);
    const changed = await ctx.db.transaction((trx) => setSupervisorsByEmail(trx, organizationId, chunk));
    for (const entry of chunk) {
      if (!entry.wasUnchanged || !changed.has(entry.email)) continue;
      counts.unchanged -= 1;
      counts.updated += 1;
    }
    options.onProgress?.({
      phase: 'linking supervisors',
      done: Math.min(start + importBatchSize, deferred.length),
      total: deferred.length,
    });
  }
  return counts;
}
