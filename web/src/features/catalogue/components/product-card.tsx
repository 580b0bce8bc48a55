import { Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PackageIcon } from '@/components/ui/icons';
import { OcopStars } from '@/components/ui/ocop-stars';
import { paths } from '@/config/paths';
import { useFormatters } from '@/lib/format';
import { useProductLabels } from '@/lib/product-labels';
import type { Product, SearchHit } from '@/types/api';
import classes from './catalogue.module.css';
import { HighlightedText } from './highlighted-text';

/** What a card shows, from a search hit or from a product (a producer's page). */
export type CardProduct = Pick<
  SearchHit,
  | 'id'
  | 'nameVi'
  | 'nameEn'
  | 'ocopStars'
  | 'province'
  | 'category'
  | 'certifications'
  | 'unit'
  | 'moq'
  | 'priceMin'
  | 'priceMax'
  | 'currency'
> & { producerName: string; coverUrl: string | null; highlights?: SearchHit['highlights'] };

export const cardFromHit = (hit: SearchHit): CardProduct => ({
  ...hit,
  producerName: hit.producer.name,
  coverUrl: hit.coverImage,
});

export const cardFromProduct = (product: Product): CardProduct => ({
  ...product,
  certifications: product.certifications ?? [],
  producerName: product.producer.name,
  coverUrl: product.images[0]?.urls.small ?? null,
});

const MAX_BADGES = 3;

/** One product in a grid of results: the whole card opens the product page. */
export function ProductCard({ product }: { product: CardProduct }) {
  const { t, i18n } = useTranslation();
  const format = useFormatters();
  const labels = useProductLabels();
  const english = i18n.resolvedLanguage === 'en' && product.nameEn;
  const name = english ? product.nameEn! : product.nameVi;
  const ranges = product.highlights?.[english ? 'nameEn' : 'nameVi'];
  const price = format.priceRange(product.priceMin, product.priceMax, product.currency);
  const unit = labels.unit(product.unit);
  const extra = product.certifications.length - MAX_BADGES;

  return (
    <Paper
      withBorder
      radius="md"
      component="article"
      className={classes.card}
      pos="relative"
      style={{ overflow: 'hidden' }}
    >
      {product.coverUrl ? (
        <img src={product.coverUrl} alt="" loading="lazy" className={classes.cover} />
      ) : (
        <div className={classes.coverPlaceholder} aria-hidden="true">
          <PackageIcon size={36} />
        </div>
      )}
      <Stack gap={6} p="sm" style={{ flex: 1 }}>
        <Title order={3} fz="md" lh={1.3}>
          <Link to={paths.catalogue.product.getHref(product.id)} className={classes.cardLink}>
            <HighlightedText text={name} ranges={ranges ?? []} />
          </Link>
        </Title>
        <Text size="sm" c="dimmed" lineClamp={1}>
          {product.producerName} · {labels.province(product.province)}
        </Text>
        <Group gap={6}>
          <OcopStars stars={product.ocopStars} size="sm" />
          <Badge variant="outline" color="gray" size="sm">
            {labels.category(product.category)}
          </Badge>
        </Group>
        <Text size="sm">
          {price ? t('products.pricePerUnit', { price, unit }) : t('products.priceOnRequest')}
        </Text>
        <Text size="xs" c="dimmed">
          {t('products.moqShort', { quantity: format.number(product.moq), unit })}
        </Text>
        {product.certifications.length > 0 ? (
          <Group gap={4} mt="auto">
            {product.certifications.slice(0, MAX_BADGES).map((code) => (
              <Badge key={code} size="xs" variant="light" color="teal">
                {labels.certification(code)}
              </Badge>
            ))}
            {extra > 0 ? (
              <Badge size="xs" variant="light" color="gray">
                {t('catalogue.moreBadges', { count: extra })}
              </Badge>
            ) : null}
          </Group>
        ) : null}
      </Stack>
    </Paper>
  );
}
