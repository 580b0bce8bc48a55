import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { DemandStatus } from '@/types/sourcing';

const colors: Record<DemandStatus, string> = { draft: 'gray', open: 'green', closed: 'dark' };

export function DemandStatusBadge({ status }: { status: DemandStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={colors[status]} variant="light">
      {t(`demands.status.${status}`)}
    </Badge>
  );
}
