import 'i18next';
import type vi from '@/locales/vi.json';

/** Keys are typed from vi.json, so a missing key fails the typecheck. */
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof vi };
    returnNull: false;
  }
}
