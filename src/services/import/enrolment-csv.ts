import { programRoles, type ProgramRole } from '../../../shared/enums.ts';
import { limits } from '../../../shared/limits.ts';
import { EmailSchema } from '../../../shared/schemas/common.ts';
import type { BulkEntry } from '../../domain/bulk-enrolment.ts';
import type { FieldIssue } from '../../domain/errors.ts';
import { type CsvSource, readCsvRecords } from './csv-people-reader.ts';

const headerKey = (header: string) => header.toLowerCase().replace(/[\s_\-.]/g, '');
const emailHeaders = new Set(['email', 'workemail', 'emailaddress', 'mail']);
const roleHeaders = new Set(['role', 'programrole']);

function roleOf(cell: string): ProgramRole | undefined {
  const lowered = cell.toLowerCase();
  return programRoles.find((role) => role === lowered);
}

/**
 * Reads an enrolment CSV (`email,role`, header first; `,`, `;` or tab separated; other columns
 * ignored) into bulk entries named by line (`line.5`), and every problem a row has on its own:
 * a missing or malformed email, a role that is not coordinator, mentor, mentee or supervisor.
 * Streams the text, so a 25,000-row file does not hold the event loop.
 *
 * @example const { entries, issues } = await readEnrolmentCsv({ text: 'email,role\nana@x.org,mentee\n' });
 */
export async function readEnrolmentCsv(source: CsvSource): Promise<{ entries: BulkEntry[]; issues: FieldIssue[] }> {
  const entries: BulkEntry[] = [];
  const issues: FieldIssue[] = [];
  let columns: { email: number; role: number } | undefined;
  for await (const record of readCsvRecords(source)) {
    if ('error' in record) {
      issues.push({ field: `line.${record.line}`, message: record.error });
      break;
    }
    if (columns === undefined) {
      const keys = record.cells.map(headerKey);
      const email = keys.findIndex((key) => emailHeaders.has(key));
      const role = keys.findIndex((key) => roleHeaders.has(key));
      if (email < 0 || role < 0) {
        issues.push({ field: `line.${record.line}`, message: 'the header line needs an email column and a role column' });
        break;
      }
      columns = { email, role };
      continue;
    }
    if (entries.length + issues.length >= limits.bulkEnrolmentMax) {
      issues.push({ field: `line.${record.line}`, message: `a file enrols at most ${limits.bulkEnrolmentMax} people` });
      break;
    }
    const at = `line.${record.line}`;
    const email = EmailSchema.safeParse(record.cells[columns.email] ?? '');
    const role = roleOf(record.cells[columns.role] ?? '');
    if (!email.success) issues.push({ field: `${at}.email`, message: 'must be an email address' });
    if (role === undefined) issues.push({ field: `${at}.role`, message: `must be one of ${programRoles.join(', ')}` });
    if (email.success && role !== undefined) entries.push({ at, email: email.data, role });
  }
  if (columns === undefined && issues.length === 0) issues.push({ field: 'line.1', message: 'the file has no header line' });
  return { entries, issues };
}
