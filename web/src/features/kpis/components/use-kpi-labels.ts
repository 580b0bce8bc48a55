import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { intlLocale, useFormatters } from '@/lib/format';
import type { KpiSlice } from '../api/kpis';

type Localized = { vi: string; en: string };

/** Texts of the report in the UI language: the server's bilingual labels, slice names, months. */
export function useKpiLabels() {
  const { t, i18n } = useTranslation();
  const format = useFormatters();
  const language = i18n.resolvedLanguage ?? i18n.language ?? 'vi';
  const shortMonth = useMemo(
    () => new Intl.DateTimeFormat(intlLocale(language), { month: 'short', timeZone: 'UTC' }),
    [language],
  );
  const percent = useMemo(
    () =>
      new Intl.NumberFormat(intlLocale(language), {
        maximumFractionDigits: 1,
        minimumFractionDigits: 0,
      }),
    [language],
  );
  const localized = useCallback(
    (text: Localized) => (language === 'en' ? text.en : text.vi),
    [language],
  );
  return {
    localized,
    /** "Thg 5", "May". */
    month: (month: number) => shortMonth.format(new Date(Date.UTC(2024, month - 1, 15))),
    /** "72,4 %", or the "no target" text. */
    progress: (progress: number | null) =>
      progress === null ? t('kpis.noTarget') : `${percent.format(progress)} %`,
    slice: (slice: KpiSlice, dimension: 'province' | 'market' | 'ocopGroup') => {
      if (slice.key === 'unknown') {
        return t('kpis.unknown');
      }
      if (slice.label) {
        return localized(slice.label);
      }
      return dimension === 'market' ? format.country(slice.key) : slice.key;
    },
  };
}
