import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { EditAgreement, SignAgreement } from '../../../../shared/schemas/index.ts';
import {
  agreementQueryKey,
  fetchAgreement,
  fetchAgreementStatus,
  fetchAgreementVersions,
  saveAgreement,
  signAgreement,
} from '../../api/agreements.api.ts';
import { stageSignalsQueryKey } from '../../api/stages.api.ts';

export function useAgreementQuery(relationshipId: string, enabled: boolean) {
  return useQuery({ queryKey: agreementQueryKey(relationshipId), queryFn: () => fetchAgreement(relationshipId), enabled });
}

export function useAgreementStatusQuery(relationshipId: string, enabled: boolean) {
  return useQuery({
    queryKey: [...agreementQueryKey(relationshipId), 'status'],
    queryFn: () => fetchAgreementStatus(relationshipId),
    enabled,
  });
}

export function useAgreementVersionsQuery(relationshipId: string, enabled: boolean) {
  return useQuery({
    queryKey: [...agreementQueryKey(relationshipId), 'versions'],
    queryFn: () => fetchAgreementVersions(relationshipId),
    enabled,
  });
}

/** Saving and signing refresh the agreement, its versions and anything else listening to it. */
export function useAgreementMutations(relationshipId: string) {
  const queryClient = useQueryClient();
  // A signature also changes the stage suggestions: refresh the agreement and the signals.
  const refresh = () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: agreementQueryKey(relationshipId) }),
      queryClient.invalidateQueries({ queryKey: stageSignalsQueryKey(relationshipId) }),
    ]);
  return {
    save: useMutation({ mutationFn: (body: EditAgreement) => saveAgreement(relationshipId, body), onSettled: refresh }),
    sign: useMutation({ mutationFn: (body: SignAgreement) => signAgreement(relationshipId, body), onSettled: refresh }),
  };
}
