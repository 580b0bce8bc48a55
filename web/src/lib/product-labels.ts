import { productCategories } from '@ketnoi/shared/reference/categories';
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useReference } from '@/lib/reference';
import { unitCodes } from '@/types/api';

/**
 * Names of the codes a product carries, in the UI language. Groups, regions, provinces and
 * certifications come from `GET /reference`; categories from the shared reference module (the
 * API does not list them; the module is a few hundred bytes); units and storage from the locales.
 */
export function useProductLabels() {
  const { t, i18n } = useTranslation();
  const reference = useReference();
  const english = (i18n.resolvedLanguage ?? 'vi') === 'en';
  const data = reference.data;

  const pick = useCallback(
    (item: { vi: string; en: string } | undefined, code: string) =>
      item ? (english ? item.en : item.vi) : code,
    [english],
  );

  return useMemo(
    () => ({
      group: (code: string) =>
        pick(
          data?.ocopGroups.find((g) => g.code === code),
          code,
        ),
      category: (code: string) =>
        pick(
          productCategories.find((c) => c.code === code),
          code,
        ),
      region: (code: string) =>
        pick(
          data?.regions.find((r) => r.code === code),
          code,
        ),
      // Not `useProvinceName`: a second query subscription for every card of a results page.
      province: (code: string) =>
        pick(
          data?.provinces.find((p) => p.code === code),
          code,
        ),
      certification: (code: string) =>
        code === 'ocop'
          ? t('certificates.ocopScheme')
          : (data?.certifications.find((c) => c.code === code)?.name ?? code),
      unit: (code: string) =>
        (unitCodes as readonly string[]).includes(code)
          ? t(`enums.unit.${code as (typeof unitCodes)[number]}`)
          : code,
      /** The categories of one OCOP group, for a select that follows the chosen group. */
      categoriesOf: (group: string | null) =>
        productCategories
          .filter((c) => group === null || c.group === group)
          .map((c) => ({ value: c.code, label: english ? c.en : c.vi })),
      groups: (data?.ocopGroups ?? []).map((g) => ({
        value: g.code,
        label: english ? g.en : g.vi,
      })),
      certifications: data?.certifications ?? [],
    }),
    [data, english, pick, t],
  );
}

export type ProductLabels = ReturnType<typeof useProductLabels>;
