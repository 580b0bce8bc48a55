import { Alert, Anchor, Badge, Grid, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useDeferredValue, useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useDocumentTitle } from '@/components/layouts/content-layout';
import { EmptyState } from '@/components/ui/empty-state';
import { ErrorState } from '@/components/ui/error-state';
import { LoadingState } from '@/components/ui/loading-state';
import { OcopStars } from '@/components/ui/ocop-stars';
import { ProductFacts } from '@/components/ui/product-facts';
import { ProductStatusBadge } from '@/components/ui/product-status-badge';
import { RetailReadiness } from '@/components/ui/retail-readiness';
import { paths } from '@/config/paths';
import { isApiError } from '@/lib/api-client';
import { useProductLabels } from '@/lib/product-labels';
import type { Product } from '@/types/api';
import { useProductCertificates } from '../api/get-product-certificates';
import { usePublicProduct } from '../api/get-public-product';
import { useProducer } from '../api/get-producer';
import { ProductDetailsSkeleton } from './catalogue-skeletons';
import { CertificatesTable } from './certificates-table';
import { ProductGallery } from './product-gallery';

function Section({ title, children }: { title: string; children: ReactNode }) {
  const id = useId();
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby={id}>
      <Title order={2} fz="h4" id={id} mb="sm">
        {title}
      </Title>
      {children}
    </Paper>
  );
}

function Certificates({ productId }: { productId: string }) {
  const { t } = useTranslation();
  const certificates = useProductCertificates(productId);
  if (certificates.isPending) {
    return <LoadingState />;
  }
  if (certificates.isError) {
    return <ErrorState error={certificates.error} onRetry={() => void certificates.refetch()} />;
  }
  if (certificates.data.items.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t('catalogue.noCertificates')}
      </Text>
    );
  }
  return <CertificatesTable certificates={certificates.data.items} />;
}

function ProducerTerms({ producerId }: { producerId: string }) {
  const { t } = useTranslation();
  const producer = useProducer(producerId);
  if (producer.isPending) {
    return <LoadingState />;
  }
  if (producer.isError || !producer.data.retailReadiness) {
    return (
      <Text size="sm" c="dimmed">
        {t('catalogue.noReadiness')}
      </Text>
    );
  }
  return <RetailReadiness readiness={producer.data.retailReadiness} />;
}

function ProductView({ product }: { product: Product }) {
  const { t, i18n } = useTranslation();
  const labels = useProductLabels();
  const english = i18n.resolvedLanguage === 'en';
  const name = english && product.nameEn ? product.nameEn : product.nameVi;
  const otherName = english ? product.nameVi : product.nameEn;
  const description =
    english && product.descriptionEn ? product.descriptionEn : product.descriptionVi;
  useDocumentTitle(name);

  return (
    <Stack gap="lg">
      <Anchor component={Link} to={paths.catalogue.search.getHref()} size="sm">
        ← {t('catalogue.backToCatalogue')}
      </Anchor>
      {product.status !== 'published' || !product.isPublic ? (
        <Alert color="yellow" variant="light" title={t('catalogue.workingCopy')}>
          <Group gap="xs">
            <Text size="sm">{t('catalogue.workingCopyHint')}</Text>
            <ProductStatusBadge status={product.status} />
          </Group>
        </Alert>
      ) : null}
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 6 }}>
          <ProductGallery images={product.images} name={name} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 6 }}>
          <Stack gap="sm">
            <Group gap={6}>
              <OcopStars stars={product.ocopStars} />
              <Badge variant="outline" color="gray">
                {labels.category(product.category)}
              </Badge>
            </Group>
            <Title order={1} fz={{ base: 'h2', sm: 'h1' }} lh={1.2}>
              {name}
            </Title>
            {otherName && otherName !== name ? <Text c="dimmed">{otherName}</Text> : null}
            <Text size="sm">
              {t('catalogue.byProducer')}{' '}
              <Anchor component={Link} to={paths.catalogue.producer.getHref(product.producer.id)}>
                {product.producer.name}
              </Anchor>{' '}
              · {labels.province(product.producer.province)}
            </Text>
            {product.certifications && product.certifications.length > 0 ? (
              <Group gap={4}>
                {product.certifications.map((code) => (
                  <Badge key={code} variant="light" color="teal">
                    {labels.certification(code)}
                  </Badge>
                ))}
              </Group>
            ) : null}
            <Text style={{ whiteSpace: 'pre-line' }}>{description}</Text>
          </Stack>
        </Grid.Col>
      </Grid>
      <Section title={t('catalogue.factsTitle')}>
        <ProductFacts product={product} />
      </Section>
      <Section title={t('catalogue.certificatesTitle')}>
        <Certificates productId={product.id} />
      </Section>
      <Section title={t('catalogue.readinessTitle')}>
        <Text size="sm" c="dimmed" mb="sm">
          {t('catalogue.readinessHint')}
        </Text>
        <ProducerTerms producerId={product.producer.id} />
      </Section>
    </Stack>
  );
}

/** The public product page: what a buyer checks before asking for a sample. */
export function ProductDetails({ productId }: { productId: string }) {
  const { t } = useTranslation();
  const product = usePublicProduct(productId);
  // The page is drawn in a background render React can interrupt, not in one long task.
  const data = useDeferredValue(product.data);
  if (product.isPending) {
    return <ProductDetailsSkeleton />;
  }
  if (product.isError) {
    // A malformed id (400) is as missing as an unknown one (404).
    return isApiError(product.error) && [400, 404].includes(product.error.status) ? (
      <EmptyState
        title={t('catalogue.productNotFound')}
        description={t('catalogue.productNotFoundHint')}
        action={
          <Anchor component={Link} to={paths.catalogue.search.getHref()}>
            {t('catalogue.backToCatalogue')}
          </Anchor>
        }
      />
    ) : (
      <ErrorState error={product.error} onRetry={() => void product.refetch()} />
    );
  }
  return data ? <ProductView product={data} /> : <ProductDetailsSkeleton />;
}
