import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { VerificationStatus } from '@/types/api';

const colors: Record<VerificationStatus, string> = {
  pending: 'yellow',
  verified: 'green',
  rejected: 'red',
};

export function VerificationBadge({ status }: { status: VerificationStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={colors[status]} variant="light" size="lg">
      {t(`enums.verificationStatus.${status}`)}
    </Badge>
  );
}
