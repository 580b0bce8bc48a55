import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { SampleStatus } from '@/types/sourcing';

const colors: Record<SampleStatus, string> = {
  requested: 'blue',
  accepted: 'teal',
  declined: 'red',
  shipped: 'cyan',
  delivered: 'indigo',
  evaluated: 'green',
};

export function SampleStatusBadge({ status }: { status: SampleStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={colors[status]} variant="light">
      {t(`samples.status.${status}`)}
    </Badge>
  );
}
