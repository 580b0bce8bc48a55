import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { EventKind, EventStatus, RegistrationStatus } from '../types';

const kindColors: Record<EventKind, string> = {
  trade_connection_conference: 'brand',
  goods_week: 'grape',
  fair: 'orange',
  market_survey_trip: 'cyan',
  workshop: 'gray',
};

export function EventKindBadge({ kind }: { kind: EventKind }) {
  const { t } = useTranslation();
  return (
    <Badge color={kindColors[kind]} variant="light" style={{ maxWidth: '100%' }}>
      {t(`events.kind.${kind}`)}
    </Badge>
  );
}

const statusColors: Record<EventStatus, string> = {
  draft: 'gray',
  published: 'green',
  cancelled: 'red',
};

export function EventStatusBadge({ status }: { status: EventStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={statusColors[status]} variant="outline">
      {t(`events.status.${status}`)}
    </Badge>
  );
}

const registrationColors: Record<RegistrationStatus, string> = {
  pending: 'yellow',
  accepted: 'green',
  declined: 'red',
  cancelled: 'gray',
};

export function RegistrationStatusBadge({ status }: { status: RegistrationStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={registrationColors[status]} variant="light">
      {t(`events.registration.status.${status}`)}
    </Badge>
  );
}
