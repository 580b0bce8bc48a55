import { Anchor, Badge, Button, Group, Paper, Spoiler, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { OcopStars } from '@/components/ui/ocop-stars';
import { ProductFacts } from '@/components/ui/product-facts';
import { ProductStatusBadge } from '@/components/ui/product-status-badge';
import { paths } from '@/config/paths';
import { useFormatters } from '@/lib/format';
import { useProductLabels } from '@/lib/product-labels';
import type { Product } from '@/types/api';
import type { ProductDecision } from './product-decision-modal';
import classes from './review.module.css';

/** One product in the review queue: what the coordinator checks before publishing it. */
export function ProductReviewCard({
  product,
  onDecide,
}: {
  product: Product;
  onDecide: (decision: ProductDecision) => void;
}) {
  const { t } = useTranslation();
  const format = useFormatters();
  const labels = useProductLabels();
  const titleId = `review-product-${product.id}`;

  return (
    <Paper withBorder p="md" radius="md" component="article" aria-labelledby={titleId}>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" gap="xs">
          <div style={{ minWidth: 0 }}>
            <Title order={2} fz="h5" id={titleId} style={{ overflowWrap: 'anywhere' }}>
              {product.nameVi}
            </Title>
            {product.nameEn ? (
              <Text size="sm" c="dimmed">
                {product.nameEn}
              </Text>
            ) : null}
            <Text size="sm">
              {product.producer.name} · {labels.province(product.producer.province)}
              {product.producer.verified ? null : (
                <Text span c="red.8" size="sm">
                  {' '}
                  · {t('productReview.producerNotVerified')}
                </Text>
              )}
            </Text>
          </div>
          <Group gap={6}>
            <OcopStars stars={product.ocopStars} size="sm" />
            <Badge variant="outline" color="gray">
              {labels.category(product.category)}
            </Badge>
            <ProductStatusBadge status={product.status} />
          </Group>
        </Group>

        {product.images.length > 0 ? (
          <Group gap={6} wrap="nowrap" className={classes.thumbs}>
            {product.images.map((image, index) => (
              <img
                key={image.id}
                src={image.urls.small}
                alt={t('products.images.alt', { index: index + 1, total: product.images.length })}
                className={classes.thumb}
                loading="lazy"
              />
            ))}
          </Group>
        ) : (
          <Text size="sm" c="orange.8">
            {t('productReview.noImages')}
          </Text>
        )}

        <Spoiler
          maxHeight={72}
          showLabel={t('productReview.showMore')}
          hideLabel={t('productReview.showLess')}
        >
          <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
            {product.descriptionVi}
          </Text>
        </Spoiler>
        <ProductFacts product={product} compact />

        <Group justify="space-between" gap="xs">
          <Text size="xs" c="dimmed">
            {product.submittedAt
              ? t('productReview.submittedAt', { date: format.dateTime(product.submittedAt) })
              : null}
          </Text>
          <Anchor component={Link} to={paths.catalogue.product.getHref(product.id)} size="sm">
            {t('productReview.openDetails')}
          </Anchor>
        </Group>
        {product.reviewNote && product.status !== 'pending_review' ? (
          <Text size="sm" c={product.status === 'rejected' ? 'red.8' : undefined}>
            {t('productReview.note', { note: product.reviewNote })}
          </Text>
        ) : null}

        {product.status === 'pending_review' ? (
          <Group justify="flex-end" gap="xs">
            <Button
              variant="light"
              color="red"
              onClick={() => onDecide('reject')}
              aria-label={t('review.rejectNamed', { name: product.nameVi })}
            >
              {t('review.rejectAction')}
            </Button>
            <Button
              color="green"
              onClick={() => onDecide('approve')}
              aria-label={t('productReview.approveNamed', { name: product.nameVi })}
            >
              {t('productReview.approveAction')}
            </Button>
          </Group>
        ) : null}
      </Stack>
    </Paper>
  );
}
