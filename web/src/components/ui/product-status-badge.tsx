import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ProductStatus } from '@/types/api';

const colors: Record<ProductStatus, string> = {
  draft: 'gray',
  pending_review: 'yellow',
  published: 'green',
  rejected: 'red',
  archived: 'dark',
};

export function ProductStatusBadge({ status }: { status: ProductStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={colors[status]} variant="light">
      {t(`enums.productStatus.${status}`)}
    </Badge>
  );
}
