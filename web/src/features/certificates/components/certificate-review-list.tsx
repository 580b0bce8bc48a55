import {
  Alert,
  Anchor,
  Badge,
  Button,
  Group,
  Image,
  Modal,
  Paper,
  SimpleGrid,
  Stack,
  Text,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ConfirmModal } from '@/components/ui/confirm-modal';
import { EmptyState } from '@/components/ui/empty-state';
import { ErrorState } from '@/components/ui/error-state';
import { Fact } from '@/components/ui/fact';
import { FormErrors } from '@/components/ui/form-errors';
import { LoadingState } from '@/components/ui/loading-state';
import { Paged } from '@/components/ui/paged';
import { paths } from '@/config/paths';
import { saveBlob } from '@/lib/download';
import { useFormatters } from '@/lib/format';
import { useProductLabels } from '@/lib/product-labels';
import type { Certificate } from '@/types/api';
import {
  CERTIFICATE_QUEUE_PAGE_SIZE,
  useCertificateQueue,
  useHolderOrganization,
  useHolderProduct,
  useVerifyCertificate,
} from '../api/certificate-queue';
import { downloadCertificateEvidence } from '../api/save-certificate';

/** Days before expiry from which a coordinator is warned (as the producers' reminders). */
const EXPIRY_WARNING_DAYS = 90;

/** Who holds it: the organization, and the product when it is not producer-level. */
function Holder({ certificate }: { certificate: Certificate }) {
  const { t, i18n } = useTranslation();
  const organization = useHolderOrganization(certificate.organizationId);
  const product = useHolderProduct(certificate.productId);
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs">
      <Fact
        label={t('certificateReview.holder')}
        value={organization.data?.legalName ?? (organization.isError ? '—' : '…')}
      />
      <Fact
        label={t('certificateReview.covers')}
        value={
          certificate.productId === null ? (
            t('certificates.producerLevel')
          ) : product.data ? (
            <Anchor component={Link} to={paths.catalogue.product.getHref(product.data.id)}>
              {i18n.language === 'en' && product.data.nameEn
                ? product.data.nameEn
                : product.data.nameVi}
            </Anchor>
          ) : product.isError ? (
            '—'
          ) : (
            '…'
          )
        }
      />
    </SimpleGrid>
  );
}

/** The expiry as the coordinator must weigh it: already passed, or soon. */
function ExpiryNotice({ certificate }: { certificate: Certificate }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const days = certificate.daysToExpiry;
  if (days === null || !certificate.expiresOn) {
    return null;
  }
  const date = format.date(certificate.expiresOn);
  if (days < 0) {
    return (
      <Alert color="red" variant="light" p="xs">
        <Text size="sm">{t('certificateReview.expired', { date })}</Text>
      </Alert>
    );
  }
  if (days <= EXPIRY_WARNING_DAYS) {
    return (
      <Alert color="orange" variant="light" p="xs">
        <Text size="sm">{t('certificateReview.expiring', { count: days, date })}</Text>
      </Alert>
    );
  }
  return null;
}

/** An image of the evidence, shown in place; PDFs are saved instead (no plugin in the page). */
function EvidencePreview({
  preview,
  onClose,
}: {
  preview: { url: string; title: string } | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Modal opened={preview !== null} onClose={onClose} title={preview?.title} size="xl" centered>
      {preview ? <Image src={preview.url} alt={t('certificateReview.evidenceAlt')} /> : null}
    </Modal>
  );
}

function ReviewCard({
  certificate,
  onOpen,
  onVerify,
}: {
  certificate: Certificate;
  onOpen: () => void;
  onVerify: () => void;
}) {
  const { t } = useTranslation();
  const format = useFormatters();
  const labels = useProductLabels();
  const name =
    certificate.scheme === 'ocop' && certificate.stars
      ? t('certificates.ocopStars', { count: certificate.stars })
      : labels.certification(certificate.scheme);
  return (
    <Paper withBorder p="sm" radius="md" component="article" aria-label={name}>
      <Stack gap="xs">
        <Group justify="space-between" gap="xs">
          <Text fw={600}>{name}</Text>
          <Badge variant="light" color="gray">
            {t('certificateReview.submitted', { date: format.date(certificate.updatedAt) })}
          </Badge>
        </Group>
        <Holder certificate={certificate} />
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
        <ExpiryNotice certificate={certificate} />
        <Group justify="flex-end" gap="xs">
          {certificate.evidence ? (
            <Button variant="default" size="compact-sm" onClick={onOpen}>
              {t('certificateReview.openEvidence')}
            </Button>
          ) : (
            <Text size="xs" c="dimmed">
              {t('certificates.noEvidence')}
            </Text>
          )}
          <Button
            size="compact-sm"
            onClick={onVerify}
            aria-label={t('certificateReview.verifyNamed', { name, number: certificate.number })}
          >
            {t('certificateReview.verify')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}

/**
 * The coordinators' certificate queue: every certificate not (or no longer) verified, with who
 * holds it, its evidence and its expiry; verified after a confirmation.
 */
export function CertificateReviewList() {
  const { t } = useTranslation();
  const labels = useProductLabels();
  const [page, setPage] = useState(1);
  const queue = useCertificateQueue(page);
  const [confirming, setConfirming] = useState<Certificate | null>(null);
  const [preview, setPreview] = useState<{ url: string; title: string } | null>(null);
  const [openError, setOpenError] = useState<unknown>(null);
  const verify = useVerifyCertificate({
    onSuccess: (certificate) => {
      notifications.show({
        color: 'green',
        message: t('certificateReview.verified', { number: certificate.number }),
      });
      setConfirming(null);
    },
  });

  // The object URL of a previewed image lives as long as the preview.
  useEffect(() => {
    if (!preview) {
      return undefined;
    }
    return () => URL.revokeObjectURL(preview.url);
  }, [preview]);

  const open = async (certificate: Certificate) => {
    setOpenError(null);
    try {
      const blob = await downloadCertificateEvidence(certificate.id);
      const type = certificate.evidence?.contentType ?? blob.type;
      if (type.startsWith('image/')) {
        setPreview({ url: URL.createObjectURL(blob), title: certificate.number });
      } else {
        const safeNumber = certificate.number.replace(/[^\w.-]+/g, '-');
        saveBlob(blob, `certificate-${safeNumber}.pdf`);
      }
    } catch (error) {
      setOpenError(error);
    }
  };

  if (queue.isPending) {
    return <LoadingState />;
  }
  if (queue.isError) {
    return <ErrorState error={queue.error} onRetry={() => void queue.refetch()} />;
  }
  const items = queue.data.items;
  if (items.length === 0) {
    return (
      <EmptyState
        title={t('certificateReview.empty')}
        description={t('certificateReview.emptyHint')}
      />
    );
  }
  const confirmingName = confirming
    ? confirming.scheme === 'ocop' && confirming.stars
      ? t('certificates.ocopStars', { count: confirming.stars })
      : labels.certification(confirming.scheme)
    : '';

  return (
    <Stack gap="sm">
      <Text size="sm" c="dimmed" role="status">
        {t('certificateReview.count', { count: queue.data.total })}
      </Text>
      <FormErrors error={openError} />
      {items.map((certificate) => (
        <ReviewCard
          key={certificate.id}
          certificate={certificate}
          onOpen={() => void open(certificate)}
          onVerify={() => {
            verify.reset();
            setConfirming(certificate);
          }}
        />
      ))}
      <Paged
        page={page}
        total={queue.data.total}
        limit={CERTIFICATE_QUEUE_PAGE_SIZE}
        onChange={setPage}
      />
      <ConfirmModal
        opened={confirming !== null}
        title={t('certificateReview.verifyTitle')}
        message={t('certificateReview.verifyConfirm', {
          name: confirmingName,
          number: confirming?.number ?? '',
        })}
        confirmLabel={t('certificateReview.verify')}
        color="green"
        loading={verify.isPending}
        error={verify.error}
        onConfirm={() => {
          if (confirming) {
            verify.mutate({ id: confirming.id, version: confirming.version });
          }
        }}
        onClose={() => setConfirming(null)}
      />
      <EvidencePreview preview={preview} onClose={() => setPreview(null)} />
    </Stack>
  );
}
