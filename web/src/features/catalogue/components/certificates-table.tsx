import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { CertificateStatusBadge } from '@/components/ui/certificate-status-badge';
import { useFormatters } from '@/lib/format';
import { useProductLabels } from '@/lib/product-labels';
import type { Certificate } from '@/types/api';

/** A product's certificates as a buyer checks them: scheme, issuer, number, validity. */
export function CertificatesTable({ certificates }: { certificates: Certificate[] }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const labels = useProductLabels();
  return (
    <Table.ScrollContainer minWidth={560}>
      <Table striped verticalSpacing="xs">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('certificates.fields.scheme')}</Table.Th>
            <Table.Th>{t('certificates.fields.issuer')}</Table.Th>
            <Table.Th>{t('certificates.fields.number')}</Table.Th>
            <Table.Th>{t('certificates.fields.expiresOn')}</Table.Th>
            <Table.Th>{t('certificates.fields.status')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {certificates.map((certificate) => (
            <Table.Tr key={certificate.id}>
              <Table.Td>
                <Text size="sm" fw={500}>
                  {certificate.scheme === 'ocop' && certificate.stars
                    ? t('certificates.ocopStars', { count: certificate.stars })
                    : labels.certification(certificate.scheme)}
                </Text>
                {certificate.productId === null ? (
                  <Text size="xs" c="dimmed">
                    {t('certificates.producerLevel')}
                  </Text>
                ) : null}
              </Table.Td>
              <Table.Td>{certificate.issuer}</Table.Td>
              <Table.Td>{certificate.number}</Table.Td>
              <Table.Td>
                {certificate.expiresOn
                  ? format.date(certificate.expiresOn)
                  : t('certificates.noExpiry')}
              </Table.Td>
              <Table.Td>
                <CertificateStatusBadge certificate={certificate} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
