import { Alert, Anchor, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ConfirmModal } from '@/components/ui/confirm-modal';
import { FormErrors } from '@/components/ui/form-errors';
import { ProductStatusBadge } from '@/components/ui/product-status-badge';
import { paths } from '@/config/paths';
import { useFormatters } from '@/lib/format';
import type { Product } from '@/types/api';
import { useArchiveProduct, useSubmitProduct } from '../api/save-product';

/** Statuses a producer may send for review from (the server's rule). */
const submittable = new Set<Product['status']>(['draft', 'rejected']);

/**
 * Where the product stands — draft, in review, published, rejected with the reviewer's reason,
 * archived — and the producer's next step: submit for review, or archive.
 */
export function ProductStatusPanel({ product }: { product: Product }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const [confirmArchive, setConfirmArchive] = useState(false);
  const submit = useSubmitProduct({
    mutationConfig: {
      onSuccess: () => notifications.show({ color: 'green', message: t('products.submitted') }),
    },
  });
  const archive = useArchiveProduct({
    mutationConfig: {
      onSuccess: () => {
        setConfirmArchive(false);
        notifications.show({ color: 'gray', message: t('products.archived') });
      },
    },
  });

  return (
    <Paper withBorder p="md" radius="md" component="section" aria-label={t('products.statusLabel')}>
      <Stack gap="sm">
        <Group justify="space-between" gap="xs">
          <Group gap="xs">
            <Text size="sm" c="dimmed">
              {t('products.statusLabel')}
            </Text>
            <ProductStatusBadge status={product.status} />
          </Group>
          <Text size="xs" c="dimmed">
            {t('organization.versionInfo', {
              version: product.version,
              updatedAt: format.dateTime(product.updatedAt),
            })}
          </Text>
        </Group>

        <Text size="sm">{t(`products.statusHelp.${product.status}`)}</Text>
        {product.status === 'rejected' || (product.reviewNote && product.status !== 'draft') ? (
          <Alert
            color={product.status === 'rejected' ? 'red' : 'blue'}
            variant="light"
            title={
              product.status === 'rejected'
                ? t('products.rejectedTitle')
                : t('products.reviewNoteTitle')
            }
          >
            <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
              {product.reviewNote || t('products.noReason')}
            </Text>
          </Alert>
        ) : null}
        {product.isPublic ? (
          <Text size="sm">
            {t('products.publicNow')}{' '}
            <Anchor component={Link} to={paths.catalogue.product.getHref(product.id)}>
              {t('products.viewPublic')}
            </Anchor>
          </Text>
        ) : null}
        {submittable.has(product.status) && product.images.length === 0 ? (
          <Text size="sm" c="orange.8">
            {t('products.noImagesHint')}
          </Text>
        ) : null}

        <FormErrors error={submit.error} />
        <Group justify="flex-end" gap="xs">
          {product.status !== 'archived' ? (
            <Button variant="subtle" color="red" onClick={() => setConfirmArchive(true)}>
              {t('products.archive')}
            </Button>
          ) : null}
          {submittable.has(product.status) ? (
            <Button
              loading={submit.isPending}
              onClick={() => submit.mutate({ id: product.id, version: product.version })}
            >
              {t('products.submit')}
            </Button>
          ) : null}
        </Group>
      </Stack>

      <ConfirmModal
        opened={confirmArchive}
        title={t('products.archiveTitle')}
        message={t('products.archiveConfirm', { name: product.nameVi })}
        confirmLabel={t('products.archive')}
        loading={archive.isPending}
        error={archive.error}
        onConfirm={() => archive.mutate({ id: product.id, version: product.version })}
        onClose={() => {
          archive.reset();
          setConfirmArchive(false);
        }}
      />
    </Paper>
  );
}
