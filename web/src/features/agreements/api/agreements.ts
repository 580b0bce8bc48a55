import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  Agreement,
  AgreementPage,
  CreateAgreementBody,
  MatchPage,
  Organization,
  ProductPage,
} from '@ketnoi/shared';
import { api } from '@/lib/api-client';
import type { Page } from '@/types/api';
import { newIdempotencyKey } from '@/types/sourcing';

export type { Agreement, CreateAgreementBody };

export const AGREEMENTS_PAGE_SIZE = 20;
export const agreementsQueryKey = ['agreements'] as const;

/** Parties see the agreements their organization signed; coordinators see all of them. */
export const useAgreements = ({ year, page }: { year: number | null; page: number }) =>
  useQuery({
    queryKey: [...agreementsQueryKey, 'list', { year, page }],
    queryFn: ({ signal }) =>
      api.get<AgreementPage>('/agreements', {
        params: { year, page, limit: AGREEMENTS_PAGE_SIZE },
        signal,
      }),
    placeholderData: keepPreviousData,
  });

/** One `Idempotency-Key` per submission (kept by the caller across retries). */
export const useCreateAgreement = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ data, idempotencyKey }: { data: CreateAgreementBody; idempotencyKey: string }) =>
      api.post<Agreement>('/agreements', data, {
        headers: { 'Idempotency-Key': idempotencyKey },
      }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: agreementsQueryKey }),
  });
};

export { newIdempotencyKey };

/**
 * Verified organizations of one kind, for choosing a party (coordinators). The review list pages
 * by 100; a city's producers fit in a few pages.
 */
export const useVerifiedOrganizations = (kind: 'producer' | 'distributor', enabled: boolean) =>
  useQuery({
    queryKey: ['review', 'organizations', 'verified-all', kind],
    queryFn: async ({ signal }) => {
      const all: Organization[] = [];
      for (let page = 1; page <= 10; page += 1) {
        const result = await api.get<Page<Organization>>('/review/organizations', {
          params: { status: 'verified', kind, page, limit: 100 },
          signal,
        });
        all.push(...result.items);
        if (all.length >= result.total || result.items.length === 0) {
          break;
        }
      }
      return all;
    },
    enabled,
    staleTime: 60_000,
  });

/** A producer's published products, for the products an agreement covers. */
export const useProducerProductsForAgreement = (producerId: string | null) =>
  useQuery({
    queryKey: ['products', 'by-producer', producerId, 'agreement'],
    queryFn: ({ signal }) =>
      api.get<ProductPage>('/products', {
        params: { producerId, status: 'published', limit: 100 },
        signal,
      }),
    enabled: producerId !== null,
    staleTime: 60_000,
  });

/** Matches an agreement may follow (introduced onwards), for a coordinator to link. */
export const useAgreementMatches = (enabled: boolean) =>
  useQuery({
    queryKey: ['matches', 'for-agreements'],
    queryFn: async ({ signal }) => {
      const statuses = ['won', 'negotiating', 'introduced'] as const;
      const pages = await Promise.all(
        statuses.map((status) =>
          api.get<MatchPage>('/matches', { params: { status, limit: 100 }, signal }),
        ),
      );
      return pages.flatMap((p) => p.items);
    },
    enabled,
    staleTime: 60_000,
  });
