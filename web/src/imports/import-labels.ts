import type { ImportError, ImportTargetField } from '../../../shared/schemas/index.ts';

/** Readable names of the profile fields a CSV column can feed. */
export const importFieldLabels: Record<ImportTargetField, string> = {
  email: 'Email',
  displayName: 'Display name',
  department: 'Department',
  jobTitle: 'Job title',
  seniorityLevel: 'Seniority level',
  supervisorEmail: 'Supervisor’s email',
  location: 'Location',
  timeZone: 'Time zone',
  languages: 'Languages',
  education: 'Education',
  profession: 'Profession',
  expertiseOffered: 'Expertise offered',
  expertiseWanted: 'Expertise wanted',
  mentorCapacity: 'Mentor capacity',
};

export const requiredImportFields: readonly ImportTargetField[] = ['email', 'displayName'];

function csvCell(value: string): string {
  return /[",\n\r]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** The skipped rows report as CSV text: one line per problem. */
export function importErrorsToCsv(errors: readonly ImportError[]): string {
  const lines = [['Line', 'Column', 'Message'], ...errors.map((error) => [String(error.line), error.column ?? '', error.message])];
  return `${lines.map((cells) => cells.map(csvCell).join(',')).join('\r\n')}\r\n`;
}

/** Makes the browser save text as a file, without a round trip to the server. */
export function downloadText(fileName: string, text: string, type = 'text/csv'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  URL.revokeObjectURL(url);
}
