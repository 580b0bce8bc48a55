import type { Locale } from '@ketnoi/shared';

/** Vietnamese first: English only when the client prefers it. */
export function localeFromHeader(acceptLanguage: string | undefined): Locale {
  if (!acceptLanguage) {
    return 'vi';
  }
  for (const part of acceptLanguage.split(',')) {
    const tag = part.split(';')[0]?.trim().toLowerCase() ?? '';
    if (tag.startsWith('vi')) {
      return 'vi';
    }
    if (tag.startsWith('en')) {
      return 'en';
    }
  }
  return 'vi';
}

export type Localized = Record<Locale, string>;

/** Fills `{name}` placeholders. */
export function format(template: string, values: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (_, key: string) => String(values[key] ?? `{${key}}`));
}
