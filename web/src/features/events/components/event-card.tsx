import { Anchor, Group, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormatters } from '@/lib/format';
import type { Event } from '../types';
import { EventKindBadge, EventStatusBadge, RegistrationStatusBadge } from './event-badges';
import { useEventText } from './use-event-text';

/** One event in a list: what, when, where, with whom, and whether one can still register. */
export function EventCard({ event, href }: { event: Event; href: string }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const text = useEventText();
  const titleId = `event-${event.id}`;
  const places = [
    event.place,
    format.country(event.country),
    event.partnerRetailer ? t('events.card.partner', { name: event.partnerRetailer }) : null,
  ].filter(Boolean);
  return (
    <Paper withBorder p="md" radius="md" component="article" aria-labelledby={titleId}>
      <Stack gap={6}>
        <Group justify="space-between" align="flex-start" gap="xs" wrap="nowrap">
          <EventKindBadge kind={event.kind} />
          <Group gap={4} wrap="nowrap">
            {event.myRegistration ? (
              <RegistrationStatusBadge status={event.myRegistration.status} />
            ) : null}
            {event.status !== 'published' ? <EventStatusBadge status={event.status} /> : null}
          </Group>
        </Group>
        <Anchor
          component={Link}
          to={href}
          fw={600}
          id={titleId}
          style={{ overflowWrap: 'anywhere' }}
        >
          {text.title(event)}
        </Anchor>
        <Text size="sm">{text.span(event)}</Text>
        <Text size="sm" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
          {places.join(' · ')}
        </Text>
        <Text size="xs" c={event.registrationOpen ? 'green.8' : 'dimmed'}>
          {event.status === 'cancelled'
            ? t('events.card.cancelled')
            : event.registrationOpen
              ? t('events.card.openUntil', {
                  date: format.dateTime(event.registrationDeadline),
                })
              : t('events.card.closed')}
          {event.capacity !== null
            ? ` · ${t('events.card.capacity', {
                accepted: format.number(event.acceptedCount),
                capacity: format.number(event.capacity),
              })}`
            : ''}
        </Text>
      </Stack>
    </Paper>
  );
}
