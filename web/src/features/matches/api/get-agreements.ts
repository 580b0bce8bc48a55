import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { AgreementPage } from '@/types/sourcing';

/** The agreements recorded on one match (when it was won), for its parties and staff. */
export const getMatchAgreements = ({
  matchId,
  signal,
}: {
  matchId: string;
  signal?: AbortSignal;
}) => api.get<AgreementPage>('/agreements', { params: { matchId, page: 1, limit: 5 }, signal });

export const getMatchAgreementsQueryOptions = (matchId: string) =>
  queryOptions({
    queryKey: ['agreements', 'match', matchId],
    queryFn: ({ signal }) => getMatchAgreements({ matchId, signal }),
  });

export const useMatchAgreements = (matchId: string, { enabled = true } = {}) =>
  useQuery({ ...getMatchAgreementsQueryOptions(matchId), enabled });
