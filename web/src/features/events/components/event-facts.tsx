import { Alert, Group, List, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Fact } from '@/components/ui/fact';
import { useFormatters } from '@/lib/format';
import type { Event } from '../types';
import { EventKindBadge, EventStatusBadge } from './event-badges';
import { useEventText } from './use-event-text';

/** An event's facts for everyone: when, where, with whom, places, deadline, B2B set-up. */
export function EventFacts({ event }: { event: Event }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const text = useEventText();
  const description = text.description(event);
  return (
    <Stack gap="md">
      <Group gap="xs">
        <EventKindBadge kind={event.kind} />
        <EventStatusBadge status={event.status} />
      </Group>
      {event.status === 'cancelled' ? (
        <Alert color="red" variant="light" title={t('events.detail.cancelledTitle')}>
          {event.cancelReason ?? ''}
        </Alert>
      ) : null}
      <Paper withBorder p="md" radius="md" component="section" aria-labelledby="event-facts">
        <Title order={2} fz="h4" id="event-facts" mb="sm">
          {t('events.detail.factsTitle')}
        </Title>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <Fact label={t('events.fields.when')} value={text.span(event)} />
          <Fact label={t('events.fields.place')} value={event.place} />
          <Fact label={t('events.fields.country')} value={format.country(event.country)} />
          <Fact
            label={t('events.fields.partnerRetailer')}
            value={event.partnerRetailer ?? t('common.none')}
          />
          <Fact
            label={t('events.fields.capacity')}
            value={
              event.capacity === null
                ? t('events.detail.noLimit', { accepted: format.number(event.acceptedCount) })
                : t('events.card.capacity', {
                    accepted: format.number(event.acceptedCount),
                    capacity: format.number(event.capacity),
                  })
            }
          />
          <Fact
            label={t('events.fields.registrationDeadline')}
            value={format.dateTime(event.registrationDeadline)}
          />
          <Fact
            label={t('events.fields.meetings')}
            value={t('events.detail.meetingSetup', {
              minutes: event.slotMinutes,
              tables: format.number(event.tables),
            })}
          />
          <Fact
            label={t('events.fields.programmes')}
            value={
              event.programmes.map((p) => t(`events.programme.${p}`)).join(', ') || t('common.none')
            }
          />
        </SimpleGrid>
        {event.meetingHours.length > 0 ? (
          <Stack gap={4} mt="sm">
            <Text size="sm" fw={500}>
              {t('events.fields.meetingHours')}
            </Text>
            <List size="sm">
              {event.meetingHours.map((hours) => (
                <List.Item key={hours.startsAt}>
                  {`${text.times.day(hours.startsAt)} · ${text.times.slot(hours.startsAt, hours.endsAt)}`}
                </List.Item>
              ))}
            </List>
          </Stack>
        ) : null}
      </Paper>
      {description ? (
        <Text style={{ whiteSpace: 'pre-line', overflowWrap: 'anywhere' }}>{description}</Text>
      ) : null}
    </Stack>
  );
}
