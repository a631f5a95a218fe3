import { toMentoringFunctions, type MentoringFunction } from '../../../shared/enums.ts';
import type { NetworkTieSource } from '../../../shared/network-ties.ts';
import type { NetworkTieFields, NetworkTieRecord } from '../../db/repositories/network-tie.repository.ts';
import type { RelationshipPurposes } from '../../db/repositories/relationship-purpose.repository.ts';
import type { MeasuredTie } from '../../domain/networks/network-tie.ts';
import { strengthLevel, tieStrength, type StrengthLevel } from '../../domain/networks/strength.ts';

/** A tie as its owner sees it: stored corrections over what the platform knows. */
export type NetworkTieView = Omit<NetworkTieFields, 'functions'> & {
  id: string;
  source: NetworkTieSource;
  relationshipId: string | null;
  past: boolean;
  personId: string | null;
  name: string;
  functions: MentoringFunction[];
  functionsCorrected: boolean;
  relationshipFunctions: MentoringFunction[] | null;
  reciprocity: TieReciprocity | null;
  strength: number;
  strengthLevel: StrengthLevel;
  updatedAt: Date;
};

/**
 * Reverse mentoring on a relationship tie: what the mentee offered the mentor in return.
 * The mentee's tie says what they give (`you_give`), the mentor's what they receive (`they_give`).
 */
export type TieReciprocity = { direction: 'you_give' | 'they_give'; offer: string };

/**
 * The functions a relationship gives the owner: to the mentee, those its agreement and goals
 * name, else the mentor's profile offers; to the mentor (the mentor learns too), the mentee's
 * profile offers.
 */
export function relationshipFunctionsOf(record: NetworkTieRecord, purposes: RelationshipPurposes): MentoringFunction[] | null {
  if (record.source !== 'relationship' || !record.relationshipId) return null;
  const named = toMentoringFunctions([
    ...(purposes.agreedFunctions.get(record.relationshipId) ?? []),
    ...(purposes.goalFunctions.get(record.relationshipId) ?? []),
  ]);
  if (record.ownerSide === 'mentee' && named.length > 0) return named;
  return toMentoringFunctions(record.personFunctionsOffered);
}

function reciprocityOf(record: NetworkTieRecord, purposes: RelationshipPurposes): TieReciprocity | null {
  const offer = record.relationshipId ? purposes.reverseOffers.get(record.relationshipId) : undefined;
  if (!offer || !record.ownerSide) return null;
  return { direction: record.ownerSide === 'mentee' ? 'you_give' : 'they_give', offer };
}

/**
 * Builds the owner's view of a tie: the corrected functions when there are any, the platform's
 * department and profession where the owner left them empty, the organization's name inside it.
 */
export function toNetworkTieView(record: NetworkTieRecord, purposes: RelationshipPurposes, organizationName: string): NetworkTieView {
  const relationshipFunctions = relationshipFunctionsOf(record, purposes);
  const functions = record.functions ?? relationshipFunctions ?? [];
  const strength = tieStrength(record);
  return {
    id: record.id,
    source: record.source,
    relationshipId: record.relationshipId,
    past: record.relationshipStatus === 'closed',
    personId: record.personId,
    name: record.personName ?? record.name ?? '',
    note: record.note,
    kind: record.kind,
    insideOrganization: record.insideOrganization,
    functions: toMentoringFunctions(functions),
    functionsCorrected: record.source === 'relationship' && record.functions !== null,
    relationshipFunctions,
    reciprocity: reciprocityOf(record, purposes),
    closeness: record.closeness,
    frequency: record.frequency,
    activities: record.activities,
    department: record.department ?? record.personDepartment,
    organizationName: record.insideOrganization ? (record.organizationName ?? organizationName) : record.organizationName,
    profession: record.profession ?? record.personProfession,
    culture: record.culture,
    strength,
    strengthLevel: strengthLevel(strength),
    updatedAt: record.updatedAt,
  };
}

/** What the measures read from a tie view. */
export function toMeasuredTie(tie: NetworkTieView): MeasuredTie {
  return {
    kind: tie.kind,
    insideOrganization: tie.insideOrganization,
    functions: tie.functions,
    closeness: tie.closeness,
    frequency: tie.frequency,
    department: tie.department,
    organization: tie.organizationName,
    profession: tie.profession,
    culture: tie.culture,
    past: tie.past,
  };
}
