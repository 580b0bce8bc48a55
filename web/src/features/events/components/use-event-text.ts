import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { createTimeFormatters } from '../event-time';
import type { Event } from '../types';

/**
 * What a person reads of an event in the UI language: the English title and description when
 * there are some, the Vietnamese ones otherwise; its span in Vietnam's time.
 */
export function useEventText() {
  const { i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language ?? 'vi';
  return useMemo(() => {
    const times = createTimeFormatters(language);
    const english = language === 'en';
    return {
      times,
      title: (event: Pick<Event, 'titleVi' | 'titleEn'>) =>
        english && event.titleEn ? event.titleEn : event.titleVi,
      description: (event: Pick<Event, 'descriptionVi' | 'descriptionEn'>) =>
        english && event.descriptionEn ? event.descriptionEn : event.descriptionVi,
      /** "Thu, 24 Dec 2026 · 08:00–17:00", or both ends with their days when it spans several. */
      span: ({ startsAt, endsAt }: { startsAt: string; endsAt: string }) =>
        times.dayKey(startsAt) === times.dayKey(endsAt)
          ? `${times.day(startsAt)} · ${times.slot(startsAt, endsAt)}`
          : `${times.day(startsAt)} ${times.time(startsAt)} – ${times.day(endsAt)} ${times.time(endsAt)}`,
    };
  }, [language]);
}
