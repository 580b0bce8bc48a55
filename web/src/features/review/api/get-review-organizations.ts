import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { Organization, Page, VerificationStatus } from '@/types/api';

export type ReviewOrganizationsParams = {
  status: VerificationStatus;
  page: number;
  limit?: number;
};

export const REVIEW_PAGE_SIZE = 20;

export const getReviewOrganizations = (
  { status, page, limit = REVIEW_PAGE_SIZE }: ReviewOrganizationsParams,
  signal?: AbortSignal,
) =>
  api.get<Page<Organization>>('/review/organizations', { params: { status, page, limit }, signal });

export const reviewOrganizationsQueryKey = ['review', 'organizations'] as const;

export const getReviewOrganizationsQueryOptions = (params: ReviewOrganizationsParams) =>
  queryOptions({
    queryKey: [...reviewOrganizationsQueryKey, params],
    queryFn: ({ signal }) => getReviewOrganizations(params, signal),
    placeholderData: keepPreviousData,
    staleTime: 15_000,
  });

export const useReviewOrganizations = (params: ReviewOrganizationsParams) =>
  useQuery(getReviewOrganizationsQueryOptions(params));
