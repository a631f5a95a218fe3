import { useQuery } from '@tanstack/react-query';
import { fetchRelationship, relationshipQueryKey } from '../api/relationships.api.ts';

export function useRelationshipQuery(relationshipId: string) {
  return useQuery({ queryKey: relationshipQueryKey(relationshipId), queryFn: () => fetchRelationship(relationshipId) });
}
