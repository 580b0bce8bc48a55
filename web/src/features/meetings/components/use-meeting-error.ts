import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useEventText } from '@/features/events/components/use-event-text';
import type { MeetingClash } from '@/features/events/types';
import { isApiError } from '@/lib/api-client';
import { errorMessage } from '@/lib/errors';

/** The `clash` of a 409 MEETING_CLASH problem, when the error is one. */
export function meetingClashOf(error: unknown): MeetingClash | null {
  if (!isApiError(error) || error.code !== 'MEETING_CLASH') {
    return null;
  }
  const clash = (error.problem as { clash?: MeetingClash }).clash;
  return clash && typeof clash.with === 'string' ? clash : null;
}

/**
 * What to say about a failed booking: for a clash, who or which table is taken and when (in the
 * reader's language and Vietnam's time); anything else as the app says every error.
 */
export function useMeetingErrorMessage() {
  const { t } = useTranslation();
  const text = useEventText();
  return useCallback(
    (error: unknown) => {
      const clash = meetingClashOf(error);
      if (!clash) {
        return errorMessage(t, error);
      }
      const time =
        clash.startsAt && clash.endsAt
          ? `${text.times.slot(clash.startsAt, clash.endsAt)}, ${text.times.day(clash.startsAt)}`
          : '';
      if (clash.with === 'table') {
        return clash.tableNo !== null
          ? t('meetings.clash.table', { table: clash.tableNo, time })
          : t('meetings.clash.noTable', { time });
      }
      return t(`meetings.clash.${clash.with}`, { time });
    },
    [t, text],
  );
}
