import { queryOptions, useQuery } from '@tanstack/react-query';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '@/lib/api-client';
import type { Reference } from '@/types/api';

/** Reference data (provinces with their pre-2025 aliases, regions) changes with a release, not a session. */
export const getReference = ({ signal }: { signal?: AbortSignal } = {}) =>
  api.get<Reference>('/reference', { signal });

export const getReferenceQueryOptions = () =>
  queryOptions({
    queryKey: ['reference'],
    queryFn: ({ signal }) => getReference({ signal }),
    staleTime: Infinity,
    gcTime: Infinity,
  });

export const useReference = () => useQuery(getReferenceQueryOptions());

/** Lower-case, without Vietnamese diacritics: "Bắc Kạn" and "bac kan" compare equal. */
export function foldText(text: string) {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .trim();
}

/** Province code → its name in the UI language (the code itself while loading or if unknown). */
export function useProvinceName() {
  const { data } = useReference();
  const { i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'vi';
  return useCallback(
    (code: string) => {
      const province = data?.provinces.find((item) => item.code === code);
      if (!province) {
        return code;
      }
      return language === 'en' ? province.en : province.vi;
    },
    [data, language],
  );
}
