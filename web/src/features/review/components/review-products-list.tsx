import { Group, SegmentedControl, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '@/components/ui/empty-state';
import { ErrorState } from '@/components/ui/error-state';
import { LoadingState } from '@/components/ui/loading-state';
import { Paged } from '@/components/ui/paged';
import { useFormatters } from '@/lib/format';
import { reviewProductStatuses, type Product } from '@/types/api';
import {
  REVIEW_PRODUCTS_PAGE_SIZE,
  useReviewProducts,
  type ReviewProductStatus,
} from '../api/get-review-products';
import { ProductDecisionModal, type ProductDecision } from './product-decision-modal';
import { ProductReviewCard } from './product-review-card';

/** The coordinator's product queue: pending first, the decided ones one click away. */
export function ReviewProductsList() {
  const { t } = useTranslation();
  const format = useFormatters();
  const [status, setStatus] = useState<ReviewProductStatus>('pending_review');
  const [page, setPage] = useState(1);
  const [selected, setSelected] = useState<{ product: Product; decision: ProductDecision } | null>(
    null,
  );
  const query = useReviewProducts({ status, page });

  return (
    <Stack gap="md">
      <Group justify="space-between" gap="sm">
        <SegmentedControl
          aria-label={t('review.filterLabel')}
          fullWidth
          w={{ base: '100%', xs: 'auto' }}
          value={status}
          onChange={(value) => {
            setStatus(value);
            setPage(1);
          }}
          data={reviewProductStatuses.map((value) => ({
            value,
            label: t(`enums.productStatus.${value}`),
          }))}
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
          title={t(`productReview.empty.${status}`)}
          description={
            status === 'pending_review' ? t('productReview.emptyPendingHint') : undefined
          }
        />
      ) : (
        <Stack gap="sm" style={{ opacity: query.isPlaceholderData ? 0.6 : 1 }}>
          {query.data.items.map((product) => (
            <ProductReviewCard
              key={product.id}
              product={product}
              onDecide={(decision) => setSelected({ product, decision })}
            />
          ))}
        </Stack>
      )}

      {query.data ? (
        <Paged
          page={page}
          total={query.data.total}
          limit={REVIEW_PRODUCTS_PAGE_SIZE}
          onChange={setPage}
        />
      ) : null}

      <ProductDecisionModal
        product={selected?.product ?? null}
        decision={selected?.decision ?? 'approve'}
        onClose={() => setSelected(null)}
      />
    </Stack>
  );
}
