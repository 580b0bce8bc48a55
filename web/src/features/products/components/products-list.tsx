import { Anchor, Group, Paper, Select, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmptyState } from '@/components/ui/empty-state';
import { ErrorState } from '@/components/ui/error-state';
import { PackageIcon } from '@/components/ui/icons';
import { LoadingState } from '@/components/ui/loading-state';
import { OcopStars } from '@/components/ui/ocop-stars';
import { Paged } from '@/components/ui/paged';
import { ProductStatusBadge } from '@/components/ui/product-status-badge';
import { paths } from '@/config/paths';
import { useFormatters } from '@/lib/format';
import { useProductLabels } from '@/lib/product-labels';
import { productStatuses, type Product, type ProductStatus } from '@/types/api';
import { PRODUCTS_PAGE_SIZE, useMyProducts } from '../api/get-products';
import classes from './products-list.module.css';

function ProductRow({ product }: { product: Product }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const labels = useProductLabels();
  const cover = product.images[0];
  return (
    <Paper
      withBorder
      p="sm"
      radius="md"
      component="article"
      aria-labelledby={`product-${product.id}`}
    >
      <Group gap="sm" wrap="nowrap" align="flex-start">
        {cover ? (
          <img src={cover.urls.small} alt="" className={classes.thumb} loading="lazy" />
        ) : (
          <div className={classes.thumb} aria-hidden="true">
            <PackageIcon size={24} />
          </div>
        )}
        <Stack gap={4} style={{ flex: 1, minWidth: 0 }}>
          <Group gap="xs" justify="space-between" wrap="wrap">
            <Anchor
              component={Link}
              to={paths.app.product.getHref(product.id)}
              fw={600}
              id={`product-${product.id}`}
              style={{ overflowWrap: 'anywhere' }}
            >
              {product.nameVi}
            </Anchor>
            <ProductStatusBadge status={product.status} />
          </Group>
          <Group gap={6}>
            <OcopStars stars={product.ocopStars} size="sm" />
            <Text size="xs" c="dimmed">
              {labels.category(product.category)} ·{' '}
              {t('products.updatedAt', { date: format.dateTime(product.updatedAt) })}
            </Text>
          </Group>
          {product.status === 'rejected' && product.reviewNote ? (
            <Text size="sm" c="red.8" lineClamp={2}>
              {t('products.rejectedReason', { reason: product.reviewNote })}
            </Text>
          ) : null}
        </Stack>
      </Group>
    </Paper>
  );
}

/** The producer's own products, any status, newest change first. */
export function ProductsList() {
  const { t } = useTranslation();
  const format = useFormatters();
  const [status, setStatus] = useState<ProductStatus | null>(null);
  const [page, setPage] = useState(1);
  const query = useMyProducts({ status, page });

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end" gap="sm">
        <Select
          label={t('products.filterLabel')}
          w={{ base: '100%', xs: 240 }}
          value={status ?? 'all'}
          allowDeselect={false}
          onChange={(value) => {
            setStatus(value === 'all' || value === null ? null : value);
            setPage(1);
          }}
          data={[
            { value: 'all', label: t('products.allStatuses') },
            ...productStatuses.map((value) => ({
              value,
              label: t(`enums.productStatus.${value}`),
            })),
          ]}
        />
        {query.data ? (
          <Text size="sm" c="dimmed" aria-live="polite">
            {t('review.total', {
              count: query.data.total,
              formatted: format.number(query.data.total),
            })}
          </Text>
        ) : null}
      </Group>
      {query.isPending ? (
        <LoadingState />
      ) : query.isError ? (
        <ErrorState error={query.error} onRetry={() => void query.refetch()} />
      ) : query.data.items.length === 0 ? (
        <EmptyState
          title={status ? t('products.emptyFiltered') : t('products.empty')}
          description={status ? undefined : t('products.emptyHint')}
        />
      ) : (
        <Stack gap="sm" style={{ opacity: query.isPlaceholderData ? 0.6 : 1 }}>
          {query.data.items.map((product) => (
            <ProductRow key={product.id} product={product} />
          ))}
        </Stack>
      )}
      {query.data ? (
        <Paged page={page} total={query.data.total} limit={PRODUCTS_PAGE_SIZE} onChange={setPage} />
      ) : null}
    </Stack>
  );
}
