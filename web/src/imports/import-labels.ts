import type { ImportTargetField } from '../../../shared/schemas/index.ts';

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

/** Makes the browser save a file it already holds (a report the API answered with). */
export function saveFile(fileName: string, file: Blob): void {
  const url = URL.createObjectURL(file);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  URL.revokeObjectURL(url);
}
