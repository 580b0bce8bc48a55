import { Paper, Progress, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '@/components/ui/error-state';
import { LoadingState } from '@/components/ui/loading-state';
import { meetingOutcomes, meetingStatuses } from '@/features/events/types';
import { useFormatters } from '@/lib/format';
import { useEventReport } from '../api/meetings';

function Rate({ label, rate, detail }: { label: string; rate: number | null; detail: string }) {
  const { t, i18n } = useTranslation();
  const percent =
    rate === null
      ? null
      : new Intl.NumberFormat(i18n.resolvedLanguage === 'en' ? 'en-GB' : 'vi-VN', {
          style: 'percent',
          maximumFractionDigits: 1,
        }).format(rate);
  return (
    <Stack gap={4}>
      <Text size="sm" fw={500}>
        {label}
      </Text>
      <Text fz="h3" fw={700}>
        {percent ?? t('meetings.report.noRate')}
      </Text>
      <Progress value={rate === null ? 0 : rate * 100} aria-label={label} />
      <Text size="xs" c="dimmed">
        {detail}
      </Text>
    </Stack>
  );
}

/** The event's B2B figures: registrations, meetings by status and outcome, the two rates. */
export function EventReportPanel({ eventId }: { eventId: string }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const report = useEventReport(eventId);
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="event-report">
      <Stack gap="md">
        <Title order={2} fz="h4" id="event-report">
          {t('meetings.report.title')}
        </Title>
        {report.isPending ? (
          <LoadingState />
        ) : report.isError ? (
          <ErrorState error={report.error} onRetry={() => void report.refetch()} />
        ) : (
          <>
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="lg">
              <Rate
                label={t('meetings.report.acceptanceRate')}
                rate={report.data.acceptanceRate}
                detail={t('meetings.report.acceptanceDetail', {
                  accepted: format.number(report.data.requestsAccepted),
                  answered: format.number(report.data.requestsAnswered),
                })}
              />
              <Rate
                label={t('meetings.report.heldRate')}
                rate={report.data.heldRate}
                detail={t('meetings.report.heldDetail', {
                  withOutcome: format.number(report.data.withOutcome),
                  awaiting: format.number(report.data.awaitingOutcome),
                })}
              />
            </SimpleGrid>
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="lg">
              <Stack gap={2}>
                <Text size="sm" fw={500}>
                  {t('meetings.report.byStatus')}
                </Text>
                {meetingStatuses.map((status) => (
                  <Text size="sm" key={status}>
                    {t(`meetings.status.${status}`)}:{' '}
                    {format.number(report.data.meetings[status] ?? 0)}
                  </Text>
                ))}
              </Stack>
              <Stack gap={2}>
                <Text size="sm" fw={500}>
                  {t('meetings.report.byOutcome')}
                </Text>
                {meetingOutcomes.map((outcome) => (
                  <Text size="sm" key={outcome}>
                    {t(`meetings.outcome.${outcome}`)}:{' '}
                    {format.number(report.data.outcomes[outcome] ?? 0)}
                  </Text>
                ))}
              </Stack>
            </SimpleGrid>
          </>
        )}
      </Stack>
    </Paper>
  );
}
