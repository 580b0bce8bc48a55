import { Alert, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmModal } from '@/components/ui/confirm-modal';
import { EmptyState } from '@/components/ui/empty-state';
import { ErrorState } from '@/components/ui/error-state';
import { LoadingState } from '@/components/ui/loading-state';
import { saveBlob } from '@/lib/download';
import { useErrorMessage } from '@/lib/errors';
import type { Certificate } from '@/types/api';
import { useCertificates } from '../api/get-certificates';
import { downloadCertificateEvidence, useDeleteCertificate } from '../api/save-certificate';
import { CertificateCard } from './certificate-card';
import { CertificateFormModal } from './certificate-form-modal';

type CertificatesManagerProps = {
  /** A product's certificates (its own and producer-level), or all of the producer's (`null`). */
  productId: string | null;
  /** Certificates cannot be added to an archived product. */
  readOnly?: boolean;
  /** The certificate a notification pointed at: outlined and scrolled into view. */
  highlightId?: string | null;
  /** Inside another page (the product editor): a section with its own heading. */
  asSection?: boolean;
};

/**
 * Certificates with their validity: expiring ones (≤ 90 days) and expired ones are called out,
 * since an expired certificate stops counting in search and matching.
 */
export function CertificatesManager({
  productId,
  readOnly = false,
  highlightId = null,
  asSection = false,
}: CertificatesManagerProps) {
  const { t } = useTranslation();
  const message = useErrorMessage();
  const certificates = useCertificates({ productId });
  const remove = useDeleteCertificate();
  const [adding, setAdding] = useState(false);
  const [deleting, setDeleting] = useState<Certificate | null>(null);
  const [downloadError, setDownloadError] = useState<string | null>(null);
  const items = certificates.data?.items ?? [];
  const expiring = items.filter((c) => c.status === 'expiring').length;
  const expired = items.filter((c) => c.status === 'expired').length;
  const loaded = certificates.isSuccess;

  useEffect(() => {
    if (highlightId && loaded) {
      document.getElementById(`certificate-${highlightId}`)?.scrollIntoView({ block: 'center' });
    }
  }, [highlightId, loaded]);

  const download = async (certificate: Certificate) => {
    setDownloadError(null);
    try {
      const extension = certificate.evidence?.contentType.split('/')[1] ?? 'bin';
      const safeNumber = certificate.number.replace(/[^\w.-]+/g, '-');
      saveBlob(
        await downloadCertificateEvidence(certificate.id),
        `certificate-${safeNumber}.${extension === 'jpeg' ? 'jpg' : extension}`,
      );
    } catch (error) {
      setDownloadError(message(error));
    }
  };

  const body = certificates.isPending ? (
    <LoadingState />
  ) : certificates.isError ? (
    <ErrorState error={certificates.error} onRetry={() => void certificates.refetch()} />
  ) : items.length === 0 ? (
    <EmptyState title={t('certificates.empty')} description={t('certificates.emptyHint')} />
  ) : (
    <Stack gap="sm">
      {expiring + expired > 0 ? (
        <Alert color={expired > 0 ? 'red' : 'orange'} variant="light" role="status">
          {t('certificates.summary', { expiring, expired })}
        </Alert>
      ) : null}
      {items.map((certificate) => (
        <CertificateCard
          key={certificate.id}
          certificate={certificate}
          highlighted={certificate.id === highlightId}
          // A producer-level certificate is managed on the certificates page, not per product.
          canChange={!readOnly && (productId === null || certificate.productId === productId)}
          onDelete={() => setDeleting(certificate)}
          onDownload={() => void download(certificate)}
        />
      ))}
    </Stack>
  );

  const content = (
    <Stack gap="sm">
      <Group justify="space-between" gap="xs">
        {asSection ? (
          <Title order={2} fz="h4" id="product-certificates">
            {t('certificates.title')}
          </Title>
        ) : (
          <span />
        )}
        {readOnly ? null : (
          <Button variant="light" onClick={() => setAdding(true)}>
            {productId ? t('certificates.addForProduct') : t('certificates.addProducerLevel')}
          </Button>
        )}
      </Group>
      {asSection ? (
        <Text size="sm" c="dimmed">
          {t('certificates.sectionHint')}
        </Text>
      ) : null}
      {downloadError ? (
        <Alert color="red" variant="light" role="alert">
          {downloadError}
        </Alert>
      ) : null}
      {body}
    </Stack>
  );

  return (
    <>
      {asSection ? (
        <Paper
          withBorder
          p="md"
          radius="md"
          component="section"
          aria-labelledby="product-certificates"
        >
          {content}
        </Paper>
      ) : (
        content
      )}
      <CertificateFormModal
        opened={adding}
        productId={productId}
        onClose={() => setAdding(false)}
      />
      <ConfirmModal
        opened={deleting !== null}
        title={t('certificates.deleteTitle')}
        message={t('certificates.deleteConfirm', { number: deleting?.number ?? '' })}
        confirmLabel={t('certificates.delete')}
        loading={remove.isPending}
        error={remove.error}
        onConfirm={() => {
          if (deleting) {
            remove.mutate(deleting, { onSuccess: () => setDeleting(null) });
          }
        }}
        onClose={() => {
          remove.reset();
          setDeleting(null);
        }}
      />
    </>
  );
}
