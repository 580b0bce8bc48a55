import { Anchor, Badge, Grid, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useDocumentTitle } from '@/components/layouts/content-layout';
import { EmptyState } from '@/components/ui/empty-state';
import { ErrorState } from '@/components/ui/error-state';
import { Fact } from '@/components/ui/fact';
import { LoadingState } from '@/components/ui/loading-state';
import { Paged } from '@/components/ui/paged';
import { RetailReadiness } from '@/components/ui/retail-readiness';
import { VerificationBadge } from '@/components/ui/verification-badge';
import { paths } from '@/config/paths';
import { isApiError } from '@/lib/api-client';
import { useProductLabels } from '@/lib/product-labels';
import type { Organization } from '@/types/api';
import { PRODUCER_PRODUCTS_PAGE_SIZE, useProducerProducts } from '../api/get-producer-products';
import { useProducer } from '../api/get-producer';
import classes from './catalogue.module.css';
import { ProductCards, cardFromProduct } from './product-card';

function ProducerProducts({ producerId }: { producerId: string }) {
  const { t } = useTranslation();
  const [page, setPage] = useState(1);
  const products = useProducerProducts(producerId, page);
  if (products.isPending) {
    return <LoadingState />;
  }
  if (products.isError) {
    return <ErrorState error={products.error} onRetry={() => void products.refetch()} />;
  }
  if (products.data.items.length === 0) {
    return <EmptyState title={t('catalogue.producerNoProducts')} />;
  }
  return (
    <Stack gap="md">
      <SimpleGrid
        cols={{ base: 1, xs: 2, md: 3, lg: 4 }}
        className={products.isPlaceholderData ? classes.stale : undefined}
      >
        <ProductCards products={products.data.items.map(cardFromProduct)} />
      </SimpleGrid>
      <Paged
        page={page}
        total={products.data.total}
        limit={PRODUCER_PRODUCTS_PAGE_SIZE}
        onChange={setPage}
      />
    </Stack>
  );
}

function ProducerView({ producer }: { producer: Organization }) {
  const { t, i18n } = useTranslation();
  const labels = useProductLabels();
  const name = producer.tradingName || producer.legalName;
  const description =
    i18n.resolvedLanguage === 'en' && producer.descriptionEn
      ? producer.descriptionEn
      : producer.descriptionVi;
  useDocumentTitle(name);

  return (
    <Stack gap="lg">
      <Anchor component={Link} to={paths.catalogue.search.getHref()} size="sm">
        ← {t('catalogue.backToCatalogue')}
      </Anchor>
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 7 }}>
          <Stack gap="sm">
            <Group gap={6}>
              <Badge variant="outline">{t(`enums.organizationKind.${producer.kind}`)}</Badge>
              <VerificationBadge status={producer.verificationStatus} />
            </Group>
            <Title order={1} fz={{ base: 'h2', sm: 'h1' }} lh={1.2}>
              {name}
            </Title>
            {producer.tradingName && producer.tradingName !== producer.legalName ? (
              <Text c="dimmed">{producer.legalName}</Text>
            ) : null}
            {description ? <Text style={{ whiteSpace: 'pre-line' }}>{description}</Text> : null}
            <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
              <Fact label={t('fields.province')} value={labels.province(producer.province)} />
              {producer.legalForm ? (
                <Fact
                  label={t('fields.legalForm')}
                  value={t(`enums.legalForm.${producer.legalForm}`)}
                />
              ) : null}
              {producer.website ? (
                <Fact
                  label={t('fields.website')}
                  value={
                    // The API accepts only http(s) addresses; a link is made of nothing else
                    // (a `javascript:` URL stored some other way stays plain text).
                    /^https?:\/\//i.test(producer.website) ? (
                      <Anchor href={producer.website} target="_blank" rel="noopener noreferrer">
                        {producer.website}
                      </Anchor>
                    ) : (
                      producer.website
                    )
                  }
                />
              ) : null}
              {producer.contactName ? (
                <Fact label={t('fields.contactName')} value={producer.contactName} />
              ) : null}
              {producer.contactPhone ? (
                <Fact label={t('fields.contactPhone')} value={producer.contactPhone} />
              ) : null}
              {producer.contactEmail ? (
                <Fact label={t('fields.contactEmail')} value={producer.contactEmail} />
              ) : null}
            </SimpleGrid>
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }}>
          {producer.retailReadiness ? (
            <Paper
              withBorder
              p="md"
              radius="md"
              component="section"
              aria-labelledby="producer-terms"
            >
              <Title order={2} fz="h4" id="producer-terms" mb="sm">
                {t('catalogue.readinessTitle')}
              </Title>
              <RetailReadiness readiness={producer.retailReadiness} />
            </Paper>
          ) : null}
        </Grid.Col>
      </Grid>
      <section aria-labelledby="producer-products">
        <Title order={2} fz="h3" id="producer-products" mb="md">
          {t('catalogue.producerProducts')}
        </Title>
        <ProducerProducts producerId={producer.id} />
      </section>
    </Stack>
  );
}

/** A producer's public page: who they are, their commercial terms, their published products. */
export function ProducerProfile({ producerId }: { producerId: string }) {
  const { t } = useTranslation();
  const producer = useProducer(producerId);
  if (producer.isPending) {
    return <LoadingState />;
  }
  if (producer.isError) {
    return isApiError(producer.error) && [400, 404].includes(producer.error.status) ? (
      <EmptyState title={t('catalogue.producerNotFound')} />
    ) : (
      <ErrorState error={producer.error} onRetry={() => void producer.refetch()} />
    );
  }
  return <ProducerView producer={producer.data} />;
}
