import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  Agreement,
  agreementDocumentRules as sharedDocumentRules,
  AgreementPage,
  CreateAgreementBody,
  MatchPage,
  Organization,
  ProductPage,
} from '@ketnoi/shared';
import { eventsQueryKey } from '@/features/events/api/events';
import type { EventPage } from '@/features/events/types';
import { api } from '@/lib/api-client';
import type { Page } from '@/types/api';
import { newIdempotencyKey } from '@/types/sourcing';

export type { Agreement, CreateAgreementBody };

/** The signed document: a PDF of at most 10 MiB (the server reads the type from the bytes). */
export const documentRules = {
  maxBytes: 10 * 1024 * 1024,
  types: ['application/pdf'],
} as const satisfies typeof sharedDocumentRules;

const agreementPath = (id: string) => `/agreements/${encodeURIComponent(id)}`;

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

export const uploadAgreementDocument = ({ id, file }: { id: string; file: File }) =>
  api.upload<Agreement>(`${agreementPath(id)}/document`, file, { method: 'PUT' });

export const downloadAgreementDocument = (id: string) =>
  api.download(`${agreementPath(id)}/document`);

/**
 * Records the agreement (one `Idempotency-Key` per submission, kept by the caller across
 * retries), then attaches the signed document if one was chosen. A refused file does not undo the
 * agreement: it is reported with it (`documentError`), to upload again from the list.
 */
export const useCreateAgreement = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({
      data,
      idempotencyKey,
      document,
    }: {
      data: CreateAgreementBody;
      idempotencyKey: string;
      document: File | null;
    }) => {
      const created = await api.post<Agreement>('/agreements', data, {
        headers: { 'Idempotency-Key': idempotencyKey },
      });
      if (!document) {
        return { agreement: created, documentError: null };
      }
      try {
        return {
          agreement: await uploadAgreementDocument({ id: created.id, file: document }),
          documentError: null,
        };
      } catch (error) {
        return { agreement: created, documentError: error };
      }
    },
    onSettled: () => void queryClient.invalidateQueries({ queryKey: agreementsQueryKey }),
  });
};

/** Coordinators: attaches or replaces the signed document of a recorded agreement. */
export const useUploadAgreementDocument = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: uploadAgreementDocument,
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: agreementsQueryKey }),
  });
};

/**
 * Events an agreement may have been signed at: those under way or over (started before now),
 * the latest first, 100 at most. Kept under the events key so event changes refresh it.
 */
export const useAgreementEvents = (enabled: boolean) =>
  useQuery({
    queryKey: [...eventsQueryKey, 'for-agreements'],
    queryFn: ({ signal }) =>
      api.get<EventPage>('/events', {
        params: { to: new Date().toISOString(), limit: 100 },
        signal,
      }),
    enabled,
    staleTime: 60_000,
  });

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
