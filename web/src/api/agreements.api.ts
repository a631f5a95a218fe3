import {
  AgreementSchema,
  AgreementStatusSchema,
  AgreementVersionListSchema,
  ManualPairingResultSchema,
  ProgramAgreementTemplateSchema,
  type Agreement,
  type AgreementStatus,
  type AgreementTemplate,
  type AgreementVersion,
  type CreateManualPairing,
  type EditAgreement,
  type ProgramAgreementTemplate,
  type SignAgreement,
} from '../../../shared/schemas/index.ts';
import { requestJson } from './client.ts';
import { relationshipQueryKey } from './relationships.api.ts';

export type { Agreement, AgreementStatus, AgreementTemplate, AgreementVersion, ProgramAgreementTemplate };

/** The agreement and everything under it (current version, versions, status). */
export function agreementQueryKey(relationshipId: string) {
  return [...relationshipQueryKey(relationshipId), 'agreement'] as const;
}

export function agreementTemplateQueryKey(programId: string) {
  return ['programs', programId, 'agreement-template'] as const;
}

const agreementPath = (relationshipId: string) => `/relationships/${encodeURIComponent(relationshipId)}/agreement`;
const templatePath = (programId: string) => `/programs/${encodeURIComponent(programId)}/agreement-template`;

/** The current version and signatures (the pair only). */
export function fetchAgreement(relationshipId: string): Promise<Agreement> {
  return requestJson(agreementPath(relationshipId), AgreementSchema);
}

/** Whether and when it was signed: what coordinators see. */
export function fetchAgreementStatus(relationshipId: string): Promise<AgreementStatus> {
  return requestJson(`${agreementPath(relationshipId)}/status`, AgreementStatusSchema);
}

export async function fetchAgreementVersions(relationshipId: string): Promise<AgreementVersion[]> {
  return (await requestJson(`${agreementPath(relationshipId)}/versions`, AgreementVersionListSchema)).versions;
}

/** Saves an edit as a new version; 409 `agreement_edit_conflict` when someone saved first. */
export function saveAgreement(relationshipId: string, body: EditAgreement): Promise<Agreement> {
  return requestJson(agreementPath(relationshipId), AgreementSchema, { method: 'PUT', body });
}

export function signAgreement(relationshipId: string, body: SignAgreement): Promise<Agreement> {
  return requestJson(`${agreementPath(relationshipId)}/signatures`, AgreementSchema, { method: 'POST', body });
}

export function fetchAgreementTemplate(programId: string): Promise<ProgramAgreementTemplate> {
  return requestJson(templatePath(programId), ProgramAgreementTemplateSchema);
}

export function saveAgreementTemplate(programId: string, body: AgreementTemplate): Promise<ProgramAgreementTemplate> {
  return requestJson(templatePath(programId), ProgramAgreementTemplateSchema, { method: 'PUT', body });
}

/** A coordinator pairs a mentor and a mentee of the program; 409 `mentor_at_capacity` when the mentor is full. */
export function pairManually(programId: string, body: CreateManualPairing): Promise<{ relationshipId: string }> {
  return requestJson(`/programs/${encodeURIComponent(programId)}/relationships`, ManualPairingResultSchema, { method: 'POST', body });
}
