import i18n, { type BackendModule, type ResourceKey } from 'i18next';
import { initReactI18next } from 'react-i18next';
import vi from '@/locales/vi.json';
import { locales, type Locale } from '@/types/api';

export const LANGUAGE_STORAGE_KEY = 'ketnoi.language';
export const DEFAULT_LANGUAGE: Locale = 'vi';

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (locales as readonly string[]).includes(value);
}

function readStoredLanguage(): Locale | null {
  try {
    const stored = globalThis.localStorage?.getItem(LANGUAGE_STORAGE_KEY);
    return isLocale(stored) ? stored : null;
  } catch {
    // Storage can be blocked (private mode, strict cookie settings): fall back to the default.
    return null;
  }
}

/** True once the person has picked a language on this browser; their pick beats the account's. */
export function hasStoredLanguage() {
  return readStoredLanguage() !== null;
}

/**
 * Vietnamese, the default, is in the bundle; English is its own chunk, fetched the first time it
 * is needed (every page's first download would otherwise carry both languages). Until it has
 * arrived, `useTranslation` suspends.
 */
const localeLoader: BackendModule = {
  type: 'backend',
  init: () => undefined,
  read(language, _namespace, callback) {
    if (language !== 'en') {
      callback(null, vi);
      return;
    }
    import('@/locales/en.json').then(
      (module) => callback(null, module.default as ResourceKey),
      (error: unknown) => callback(error instanceof Error ? error : new Error(String(error)), null),
    );
  },
};

void i18n
  .use(localeLoader)
  .use(initReactI18next)
  .init({
    resources: { vi: { translation: vi } },
    partialBundledLanguages: true,
    lng: readStoredLanguage() ?? DEFAULT_LANGUAGE,
    fallbackLng: DEFAULT_LANGUAGE,
    supportedLngs: [...locales],
    interpolation: { escapeValue: false },
    returnNull: false,
    initAsync: false,
  });

function syncDocumentLanguage(language: string) {
  if (typeof document !== 'undefined') {
    document.documentElement.lang = language;
  }
}
syncDocumentLanguage(i18n.language);
i18n.on('languageChanged', syncDocumentLanguage);

export function currentLanguage(): Locale {
  return isLocale(i18n.resolvedLanguage) ? i18n.resolvedLanguage : DEFAULT_LANGUAGE;
}

/** Switch the UI language; `remember: false` is for following the account's locale without pinning it. */
export async function changeLanguage(language: Locale, { remember = true } = {}) {
  if (remember) {
    try {
      globalThis.localStorage?.setItem(LANGUAGE_STORAGE_KEY, language);
    } catch {
      // Not remembered across visits; the switch still applies now.
    }
  }
  await i18n.changeLanguage(language);
}

export { i18n };
