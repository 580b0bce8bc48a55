import { useTranslation } from 'react-i18next';
import type { Locale } from '@/types/api';

/** All times are stored in UTC and shown in Vietnam's time, wherever the viewer is. */
export const TIME_ZONE = 'Asia/Ho_Chi_Minh';

const intlLocales: Record<Locale, string> = { vi: 'vi-VN', en: 'en-GB' };

export function intlLocale(language: string) {
  return intlLocales[language as Locale] ?? intlLocales.vi;
}

/**
 * Digits after the decimal point of a currency's major unit (2 for USD's cents, 0 for đồng and
 * yen). Money travels as an integer of the smallest unit; people read and type major units.
 */
export function minorUnitDigits(currency: string) {
  // Cached: building an Intl formatter costs far more than using one, and every price asks.
  let digits = minorDigits.get(currency);
  if (digits === undefined) {
    try {
      digits =
        new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions()
          .maximumFractionDigits ?? 0;
    } catch {
      digits = 0;
    }
    minorDigits.set(currency, digits);
  }
  return digits;
}
const minorDigits = new Map<string, number>();

/** `12.5` USD → 1250 (cents). Rounds away float noise such as 0.1 + 0.2. */
export function toMinorUnits(major: number, currency: string) {
  return Math.round(major * 10 ** minorUnitDigits(currency));
}

export function toMajorUnits(minor: number, currency: string) {
  return minor / 10 ** minorUnitDigits(currency);
}

/** Built on first use: a page showing only prices never pays for the date formatters. */
function once<T>(build: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= build());
}

export function createFormatters(language: string) {
  const locale = intlLocale(language);
  const date = once(
    () => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: TIME_ZONE }),
  );
  const dateTime = once(
    () =>
      new Intl.DateTimeFormat(locale, {
        dateStyle: 'medium',
        timeStyle: 'short',
        timeZone: TIME_ZONE,
      }),
  );
  const number = once(() => new Intl.NumberFormat(locale));
  const regions = once(() => new Intl.DisplayNames([locale], { type: 'region', fallback: 'code' }));
  const monthName = once(() => new Intl.DateTimeFormat(locale, { month: 'long', timeZone: 'UTC' }));
  const currencies = new Map<string, Intl.NumberFormat>();
  const currencyFormat = (currency: string) => {
    let formatter = currencies.get(currency);
    if (!formatter) {
      formatter = new Intl.NumberFormat(locale, { style: 'currency', currency });
      currencies.set(currency, formatter);
    }
    return formatter;
  };
  const money = (minor: number, currency: string) =>
    currencyFormat(currency).format(toMajorUnits(minor, currency));
  return {
    date: (value: string | Date) => date().format(new Date(value)),
    dateTime: (value: string | Date) => dateTime().format(new Date(value)),
    number: (value: number) => number().format(value),
    /** Country name for an ISO 3166-1 alpha-2 code, in the UI language. */
    country: (code: string) => regions().of(code) ?? code,
    /** An amount in the currency's smallest unit, shown in major units: 125000 VND → "125.000 ₫". */
    money,
    /** "50.000 ₫ – 80.000 ₫", one end alone when the other is missing, null when both are. */
    priceRange: (min: number | null, max: number | null, currency: string) => {
      if (min === null && max === null) {
        return null;
      }
      if (min === null || max === null || min === max) {
        return money((min ?? max)!, currency);
      }
      return `${money(min, currency)} – ${money(max, currency)}`;
    },
    /** Month 1–12 by name ("tháng 5", "May"). */
    month: (month: number) => monthName().format(new Date(Date.UTC(2024, month - 1, 15))),
  };
}

export type Formatters = ReturnType<typeof createFormatters>;

/**
 * One set per language for the whole app: every product card asks for them, and building the
 * Intl formatters was most of a page of results' rendering time.
 */
const formattersByLanguage = new Map<string, Formatters>();

export function useFormatters(): Formatters {
  const { i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  let formatters = formattersByLanguage.get(language);
  if (!formatters) {
    formatters = createFormatters(language);
    formattersByLanguage.set(language, formatters);
  }
  return formatters;
}
