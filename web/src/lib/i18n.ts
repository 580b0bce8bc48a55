import i18n, { type BackendModule, type ResourceKey } from 'i18next';
import { initReactI18next } from 'react-i18next';
import viPublic from '@/locales/vi.json?part=public';
import { renderedLanguage } from '@/lib/ssr';
import { LANGUAGE_COOKIE, locales, type Locale } from '@/types/api';

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

type Tree = Record<string, unknown>;

/**
 * Each language comes in two parts (locales/parts.ts): what public pages use, and the rest, for
 * the signed-in screens. Vietnamese, the default, has its public part in the bundle; every other
 * part is its own chunk, fetched the first time it is needed (the first download of a public
 * page would otherwise carry every screen's strings in both languages).
 */
const parts: Record<Locale, Record<'public' | 'app', () => Promise<Tree>>> = {
  vi: {
    public: () => Promise.resolve(viPublic),
    app: () => import('@/locales/vi.json?part=app').then((module) => module.default),
  },
  en: {
    public: () => import('@/locales/en.json?part=public').then((module) => module.default),
    app: () => import('@/locales/en.json?part=app').then((module) => module.default),
  },
};

/** Set once a signed-in screen is on its way: from then on every language loads both parts. */
let appStringsWanted = false;

const isTree = (value: unknown): value is Tree =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The parts share some sections (`products`): merge them key by key, not section by section. */
function mergeTrees(target: Tree, source: Tree): Tree {
  for (const [key, value] of Object.entries(source)) {
    const existing = target[key];
    target[key] = isTree(existing) && isTree(value) ? mergeTrees({ ...existing }, value) : value;
  }
  return target;
}

async function readLanguage(language: Locale): Promise<Tree> {
  const strings = mergeTrees({}, await parts[language].public());
  // Checked after the first part arrives, so a sign-in meanwhile is not missed: i18next stores
  // what this returns right away, before `loadAppStrings` could see the language as loaded.
  if (appStringsWanted) mergeTrees(strings, await parts[language].app());
  return strings;
}

/** A server-rendered page is hydrated in the language it was rendered in. */
function initialLanguage(): Locale {
  const rendered = renderedLanguage();
  return isLocale(rendered) ? rendered : (readStoredLanguage() ?? DEFAULT_LANGUAGE);
}

/** Until a language has arrived, `useTranslation` suspends. */
const localeLoader: BackendModule = {
  type: 'backend',
  init: () => undefined,
  read(language, _namespace, callback) {
    readLanguage(isLocale(language) ? language : DEFAULT_LANGUAGE).then(
      (strings) => callback(null, strings as ResourceKey),
      (error: unknown) => callback(error instanceof Error ? error : new Error(String(error)), null),
    );
  },
};

let appStrings: Promise<void> | undefined;

/**
 * Adds the signed-in screens' strings to every language in use (Vietnamese always: it is the
 * fallback). Awaited before the app layout renders; a language fetched later loads them itself.
 */
export function loadAppStrings(): Promise<void> {
  appStringsWanted = true;
  appStrings ??= Promise.all(
    locales
      .filter(
        (language) =>
          language === DEFAULT_LANGUAGE || i18n.hasResourceBundle(language, 'translation'),
      )
      .map(async (language) => {
        i18n.addResourceBundle(language, 'translation', await parts[language].app(), true, true);
      }),
  ).then(
    () => undefined,
    (error: unknown) => {
      // Let the next signed-in navigation try again (a flaky network, a new deployment).
      appStrings = undefined;
      throw error;
    },
  );
  return appStrings;
}

void i18n
  .use(localeLoader)
  .use(initReactI18next)
  .init({
    resources: { vi: { translation: viPublic } },
    partialBundledLanguages: true,
    lng: initialLanguage(),
    fallbackLng: DEFAULT_LANGUAGE,
    supportedLngs: [...locales],
    interpolation: { escapeValue: false },
    returnNull: false,
    initAsync: false,
  });

function syncDocumentLanguage(language: string) {
  // Only when it differs: a server-rendered page already has it, and setting it restyles the page.
  if (typeof document !== 'undefined' && document.documentElement.lang !== language) {
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
    if (typeof document !== 'undefined') {
      document.cookie = `${LANGUAGE_COOKIE}=${language}; Path=/; Max-Age=31536000; SameSite=Lax`;
    }
  }
  await i18n.changeLanguage(language);
}

/**
 * A choice made before the cookie existed is only in storage: a page rendered without it is put
 * right after hydration (and the cookie written, so the next page is rendered in it).
 */
export function applyStoredLanguage() {
  const stored = readStoredLanguage();
  if (stored && stored !== currentLanguage()) void changeLanguage(stored);
}

/** For the server: every language's public strings in the store, then an instance per request. */
export async function preloadPublicStrings() {
  await Promise.all(
    locales.map(async (language) => {
      i18n.addResourceBundle(language, 'translation', await parts[language].public(), true, true);
    }),
  );
}

export function i18nFor(language: Locale) {
  return i18n.cloneInstance({ lng: language, initAsync: false });
}

export { i18n };
