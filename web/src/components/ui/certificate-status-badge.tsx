import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Certificate } from '@/types/api';

const colors: Record<Certificate['status'], string> = {
  valid: 'green',
  expiring: 'orange',
  expired: 'red',
  unverified: 'gray',
};

/** Whether a certificate counts today, and for how long: "Còn hiệu lực", "Sắp hết hạn (12 ngày)". */
export function CertificateStatusBadge({
  certificate,
}: {
  certificate: Pick<Certificate, 'status' | 'daysToExpiry'>;
}) {
  const { t } = useTranslation();
  const { status, daysToExpiry } = certificate;
  const label =
    status === 'expiring' && daysToExpiry !== null
      ? t('certificates.expiringIn', { count: daysToExpiry })
      : t(`enums.certificateStatus.${status}`);
  return (
    <Badge color={colors[status]} variant="light">
      {label}
    </Badge>
  );
}
