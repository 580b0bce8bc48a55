import { Badge, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '@/lib/format';
import type { ProducerResponsiveness } from '@/types/sourcing';
import { useProducerResponsiveness } from '../api/get-responsiveness';

/** "Answers 92% · ~6 h": how reliably and how fast a producer answers sample requests. */
export function ResponsivenessBadge({
  responsiveness,
}: {
  responsiveness: ProducerResponsiveness;
}) {
  const { t } = useTranslation();
  const format = useFormatters();
  if (responsiveness.rate === null) {
    return (
      <Badge variant="outline" color="gray">
        {t('samples.responsiveness.none')}
      </Badge>
    );
  }
  const percent = Math.round(responsiveness.rate * 100);
  const hours = responsiveness.medianResponseHours;
  const label =
    hours === null
      ? t('samples.responsiveness.rate', { percent })
      : t('samples.responsiveness.rateAndTime', {
          percent,
          hours: format.number(Math.round(hours * 10) / 10),
        });
  return (
    <Tooltip
      label={t('samples.responsiveness.detail', {
        answered: format.number(responsiveness.answered),
        requests: format.number(responsiveness.requests),
      })}
      withArrow
    >
      <Badge variant="light" color={percent >= 80 ? 'green' : percent >= 50 ? 'yellow' : 'red'}>
        {label}
      </Badge>
    </Tooltip>
  );
}

/** The badge of a producer by id, loaded with its organization; nothing while unknown. */
export function ProducerResponsivenessBadge({ producerId }: { producerId: string }) {
  const responsiveness = useProducerResponsiveness(producerId);
  if (!responsiveness.data) {
    return null;
  }
  return <ResponsivenessBadge responsiveness={responsiveness.data} />;
}
