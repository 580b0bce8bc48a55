import { Alert, Badge, Button, Group, Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { CertificateStatusBadge } from '@/components/ui/certificate-status-badge';
import { Fact } from '@/components/ui/fact';
import { DownloadIcon, TrashIcon } from '@/components/ui/icons';
import { useFormatters } from '@/lib/format';
import { useProductLabels } from '@/lib/product-labels';
import type { Certificate } from '@/types/api';

/** Expiry warnings in words: how long is left, and what to do. */
function ExpiryWarning({ certificate }: { certificate: Certificate }) {
  const { t } = useTranslation();
  const format = useFormatters();
  if (certificate.status === 'expired' && certificate.expiresOn) {
    return (
      <Alert color="red" variant="light" p="xs">
        <Text size="sm">
          {t('certificates.expiredWarning', { date: format.date(certificate.expiresOn) })}
        </Text>
      </Alert>
    );
  }
  if (certificate.status === 'expiring' && certificate.expiresOn) {
    return (
      <Alert color="orange" variant="light" p="xs">
        <Text size="sm">
          {t('certificates.expiringWarning', {
            count: certificate.daysToExpiry ?? 0,
            date: format.date(certificate.expiresOn),
          })}
        </Text>
      </Alert>
    );
  }
  if (certificate.status === 'unverified') {
    return (
      <Text size="sm" c="dimmed">
        {t('certificates.unverifiedHint')}
      </Text>
    );
  }
  return null;
}

export function CertificateCard({
  certificate,
  highlighted = false,
  canChange,
  onDelete,
  onDownload,
}: {
  certificate: Certificate;
  highlighted?: boolean;
  canChange: boolean;
  onDelete: () => void;
  onDownload: () => void;
}) {
  const { t } = useTranslation();
  const format = useFormatters();
  const labels = useProductLabels();
  const name =
    certificate.scheme === 'ocop' && certificate.stars
      ? t('certificates.ocopStars', { count: certificate.stars })
      : labels.certification(certificate.scheme);

  return (
    <Paper
      withBorder
      p="sm"
      radius="md"
      component="article"
      id={`certificate-${certificate.id}`}
      aria-label={name}
      aria-current={highlighted || undefined}
      style={
        highlighted ? { borderColor: 'var(--mantine-color-brand-6)', borderWidth: 2 } : undefined
      }
    >
      <Stack gap="xs">
        <Group justify="space-between" gap="xs">
          <Group gap={6}>
            <Text fw={600}>{name}</Text>
            {certificate.productId === null ? (
              <Badge variant="outline" color="gray" size="sm">
                {t('certificates.producerLevel')}
              </Badge>
            ) : null}
          </Group>
          <CertificateStatusBadge certificate={certificate} />
        </Group>
        <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="xs">
          <Fact label={t('certificates.fields.number')} value={certificate.number} />
          <Fact label={t('certificates.fields.issuer')} value={certificate.issuer} />
          <Fact
            label={t('certificates.fields.issuedOn')}
            value={format.date(certificate.issuedOn)}
          />
          <Fact
            label={t('certificates.fields.expiresOn')}
            value={
              certificate.expiresOn
                ? format.date(certificate.expiresOn)
                : t('certificates.noExpiry')
            }
          />
        </SimpleGrid>
        <ExpiryWarning certificate={certificate} />
        <Group justify="flex-end" gap="xs">
          {certificate.evidence ? (
            <Button
              size="compact-sm"
              variant="subtle"
              leftSection={<DownloadIcon size={14} />}
              onClick={onDownload}
            >
              {t('certificates.downloadEvidence')}
            </Button>
          ) : (
            <Text size="xs" c="dimmed">
              {t('certificates.noEvidence')}
            </Text>
          )}
          {canChange ? (
            <Button
              size="compact-sm"
              variant="subtle"
              color="red"
              leftSection={<TrashIcon size={14} />}
              onClick={onDelete}
              aria-label={t('certificates.deleteNamed', { name, number: certificate.number })}
            >
              {t('certificates.delete')}
            </Button>
          ) : null}
        </Group>
      </Stack>
    </Paper>
  );
}
