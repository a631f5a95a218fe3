import type { z } from 'zod';
import type { OwnProfileSchema, PublicProfileSchema } from '../../../shared/schemas/profiles.ts';
import type { FullProfile } from '../../services/profile.service.ts';

/** A person's own profile, everything included. */
export function presentOwnProfile({ person, profile, supervisorName, suggestedApproach }: FullProfile): z.infer<typeof OwnProfileSchema> {
  return {
    personId: person.id,
    email: person.email,
    displayName: person.displayName,
    department: person.department,
    jobTitle: person.jobTitle,
    seniorityLevel: person.seniorityLevel,
    supervisorId: profile.supervisorId,
    supervisorName,
    location: person.location,
    timeZone: person.timeZone,
    languages: person.languages,
    education: profile.education,
    profession: profile.profession,
    expertiseOffered: profile.expertiseOffered,
    expertiseWanted: profile.expertiseWanted,
    functionsOffered: profile.functionsOffered,
    functionsSought: profile.functionsSought,
    approach: profile.approach,
    approachStatements: profile.approachStatements,
    suggestedApproach,
    careerOrientation: profile.careerOrientation,
    preferredChannels: profile.preferredChannels,
    availabilityHoursPerMonth: profile.availabilityHoursPerMonth,
    mentorCapacity: profile.mentorCapacity,
    mentoringPaused: profile.mentoringPaused,
    interests: profile.interests,
    background: profile.background,
    identityAttributes: profile.identityAttributes,
    commonGroundConsent: profile.commonGroundConsentAt !== null,
    commonGroundConsentAt: profile.commonGroundConsentAt?.toISOString() ?? null,
    updatedAt: profile.updatedAt.toISOString(),
  };
}

/**
 * Someone else's profile. The service has already cut identity attributes down to the shared
 * ones; this also drops the approach statements and consent details.
 */
export function presentPublicProfile(full: FullProfile): z.infer<typeof PublicProfileSchema> {
  const { approachStatements: _statements, commonGroundConsent: _consent, commonGroundConsentAt: _at, ...rest } = presentOwnProfile(full);
  return rest;
}
