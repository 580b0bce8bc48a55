import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PackageIcon } from '@/components/ui/icons';
import { paths } from '@/config/paths';
import { useFormatters, type Formatters } from '@/lib/format';
import { useProductLabels, type ProductLabels } from '@/lib/product-labels';
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

/**
 * Products in a grid of results. The cards share one set of translations, formatters and labels:
 * subscribing each card to them cost every results page twenty times the effects.
 */
export function ProductCards({ products }: { products: readonly CardProduct[] }) {
  const { t, i18n } = useTranslation();
  const format = useFormatters();
  const labels = useProductLabels();
  const shared: CardText = { t, format, labels, english: i18n.resolvedLanguage === 'en' };
  return products.map((product) => (
    <ProductCard key={product.id} product={product} text={shared} />
  ));
}

type CardText = {
  t: TFunction;
  format: Formatters;
  labels: ProductLabels;
  english: boolean;
};

/**
 * One product: the whole card opens the product page. Plain markup styled by
 * catalogue.module.css, not UI-kit components (see `.cardBody` there).
 */
function ProductCard({
  product,
  text: { t, format, labels, english: inEnglish },
}: {
  product: CardProduct;
  text: CardText;
}) {
  const english = inEnglish && product.nameEn;
  const name = english ? product.nameEn! : product.nameVi;
  const ranges = product.highlights?.[english ? 'nameEn' : 'nameVi'];
  const price = format.priceRange(product.priceMin, product.priceMax, product.currency);
  const unit = labels.unit(product.unit);
  const extra = product.certifications.length - MAX_BADGES;

  return (
    <article className={classes.card}>
      {product.coverUrl ? (
        <img src={product.coverUrl} alt="" loading="lazy" className={classes.cover} />
      ) : (
        <div className={classes.coverPlaceholder} aria-hidden="true">
          <PackageIcon size={36} />
        </div>
      )}
      <div className={classes.cardBody}>
        <h3 className={classes.cardTitle}>
          <Link to={paths.catalogue.product.getHref(product.id)} className={classes.cardLink}>
            <HighlightedText text={name} ranges={ranges ?? []} />
          </Link>
        </h3>
        <p className={`${classes.cardText} ${classes.cardProducer} ${classes.dimmed}`}>
          {product.producerName} · {labels.province(product.province)}
        </p>
        <div className={classes.cardRow}>
          {product.ocopStars ? (
            <span
              className={`${classes.badge} ${classes.badgeStars}`}
              aria-label={t('products.starsLabel', { count: product.ocopStars })}
            >
              OCOP {'★'.repeat(product.ocopStars)}
            </span>
          ) : null}
          <span className={`${classes.badge} ${classes.badgeCategory}`}>
            {labels.category(product.category)}
          </span>
        </div>
        <p className={classes.cardText}>
          {price ? t('products.pricePerUnit', { price, unit }) : t('products.priceOnRequest')}
        </p>
        <p className={`${classes.cardSmall} ${classes.dimmed}`}>
          {t('products.moqShort', { quantity: format.number(product.moq), unit })}
        </p>
        {product.certifications.length > 0 ? (
          <div className={classes.cardBadges}>
            {product.certifications.slice(0, MAX_BADGES).map((code) => (
              <span
                key={code}
                className={`${classes.badge} ${classes.badgeSmall} ${classes.badgeCertification}`}
              >
                {labels.certification(code)}
              </span>
            ))}
            {extra > 0 ? (
              <span className={`${classes.badge} ${classes.badgeSmall} ${classes.badgeMore}`}>
                {t('catalogue.moreBadges', { count: extra })}
              </span>
            ) : null}
          </div>
        ) : null}
      </div>
    </article>
  );
}
