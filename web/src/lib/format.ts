import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Locale } from '@/types/api';

/** All times are stored in UTC and shown in Vietnam's time, wherever the viewer is. */
export const TIME_ZONE = 'Asia/Ho_Chi_Minh';

const intlLocales: Record<Locale, string> = { vi: 'vi-VN', en: 'en-GB' };

export function intlLocale(language: string) {
  return intlLocales[language as Locale] ?? intlLocales.vi;
}

export function createFormatters(language: string) {
  const locale = intlLocale(language);
  const date = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: TIME_ZONE });
  const dateTime = new Intl.DateTimeFormat(locale, {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: TIME_ZONE,
  });
  const number = new Intl.NumberFormat(locale);
  const regions = new Intl.DisplayNames([locale], { type: 'region', fallback: 'code' });
  return {
    date: (value: string | Date) => date.format(new Date(value)),
    dateTime: (value: string | Date) => dateTime.format(new Date(value)),
    number: (value: number) => number.format(value),
    /** Country name for an ISO 3166-1 alpha-2 code, in the UI language. */
    country: (code: string) => regions.of(code) ?? code,
  };
}

export type Formatters = ReturnType<typeof createFormatters>;

export function useFormatters(): Formatters {
  const { i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  return useMemo(() => createFormatters(language), [language]);
}
