import type {
  AttributeVisibility,
  CareerOrientation,
  MeetingChannel,
  MentoringApproach,
  MentoringFunction,
} from '../../../shared/enums.ts';
import type { OwnProfile, UpdateProfile } from '../../../shared/schemas/index.ts';

export interface IdentityAttributeValues {
  label: string;
  value: string;
  visibility: AttributeVisibility;
}

/** What the profile form edits; empty strings stand for "not given" and numbers may be blank (''). */
export interface ProfileFormValues {
  displayName: string;
  department: string;
  jobTitle: string;
  seniorityLevel: string | null;
  supervisor: { id: string; label: string } | null;
  location: string;
  timeZone: string | null;
  languages: string[];
  education: string;
  profession: string;
  expertiseOffered: string[];
  expertiseWanted: string[];
  functionsOffered: MentoringFunction[];
  functionsSought: MentoringFunction[];
  approach: MentoringApproach | null;
  approachStatements: Record<string, number>;
  careerOrientation: CareerOrientation | null;
  preferredChannels: MeetingChannel[];
  availabilityHoursPerMonth: number | '';
  mentorCapacity: number | '';
  mentoringPaused: boolean;
  interests: string[];
  background: string;
  identityAttributes: IdentityAttributeValues[];
  commonGroundConsent: boolean;
}

export function profileToFormValues(profile: OwnProfile): ProfileFormValues {
  return {
    displayName: profile.displayName,
    department: profile.department ?? '',
    jobTitle: profile.jobTitle ?? '',
    seniorityLevel: profile.seniorityLevel === null ? null : String(profile.seniorityLevel),
    supervisor: profile.supervisorId ? { id: profile.supervisorId, label: profile.supervisorName ?? 'Current supervisor' } : null,
    location: profile.location ?? '',
    timeZone: profile.timeZone,
    languages: profile.languages,
    education: profile.education ?? '',
    profession: profile.profession ?? '',
    expertiseOffered: profile.expertiseOffered,
    expertiseWanted: profile.expertiseWanted,
    functionsOffered: profile.functionsOffered,
    functionsSought: profile.functionsSought,
    approach: profile.approach,
    approachStatements: profile.approachStatements,
    careerOrientation: profile.careerOrientation,
    preferredChannels: profile.preferredChannels,
    availabilityHoursPerMonth: profile.availabilityHoursPerMonth ?? '',
    mentorCapacity: profile.mentorCapacity,
    mentoringPaused: profile.mentoringPaused,
    interests: profile.interests,
    background: profile.background ?? '',
    identityAttributes: profile.identityAttributes,
    commonGroundConsent: profile.commonGroundConsent,
  };
}

const orNull = (text: string) => (text.trim() === '' ? null : text.trim());

/**
 * The PATCH body. The supervisor is sent only when the person may pick one (the directory is for
 * coordinators and admins); identity attributes only with consent.
 */
export function formValuesToProfileBody(values: ProfileFormValues, canPickSupervisor: boolean): UpdateProfile {
  const { supervisor, ...rest } = values;
  return {
    ...rest,
    displayName: values.displayName.trim(),
    department: orNull(values.department),
    jobTitle: orNull(values.jobTitle),
    seniorityLevel: values.seniorityLevel === null ? null : Number(values.seniorityLevel),
    ...(canPickSupervisor ? { supervisorId: supervisor?.id ?? null } : {}),
    location: orNull(values.location),
    education: orNull(values.education),
    profession: orNull(values.profession),
    availabilityHoursPerMonth: values.availabilityHoursPerMonth === '' ? null : values.availabilityHoursPerMonth,
    mentorCapacity: values.mentorCapacity === '' ? 0 : values.mentorCapacity,
    background: orNull(values.background),
    identityAttributes: values.commonGroundConsent
      ? values.identityAttributes.map((attribute) => ({ ...attribute, label: attribute.label.trim(), value: attribute.value.trim() }))
      : [],
  };
}

/** Fields the server may name in validation errors, as form paths. */
export const profileFormFields: readonly string[] = [
  'displayName',
  'department',
  'jobTitle',
  'seniorityLevel',
  'supervisorId',
  'location',
  'timeZone',
  'languages',
  'education',
  'profession',
  'expertiseOffered',
  'expertiseWanted',
  'functionsOffered',
  'functionsSought',
  'approach',
  'approachStatements',
  'careerOrientation',
  'preferredChannels',
  'availabilityHoursPerMonth',
  'mentorCapacity',
  'mentoringPaused',
  'interests',
  'background',
  'identityAttributes',
  'commonGroundConsent',
];

export const profileFormValidation = {
  displayName: (value: string) => (value.trim() ? null : 'Enter your name'),
  identityAttributes: {
    label: (value: string) => (value.trim() ? null : 'Name the attribute'),
    value: (value: string) => (value.trim() ? null : 'Give a value'),
  },
};
