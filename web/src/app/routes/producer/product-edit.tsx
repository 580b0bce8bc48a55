import { Anchor, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ContentLayout } from '@/components/layouts/content-layout';
import { EmptyState } from '@/components/ui/empty-state';
import { ErrorState } from '@/components/ui/error-state';
import { LoadingState } from '@/components/ui/loading-state';
import { paths } from '@/config/paths';
import { CertificatesManager } from '@/features/certificates/components/certificates-manager';
import { ProductMarketChecklist } from '@/features/market-guides/components/product-market-checklist';
import { useProduct } from '@/features/products/api/get-product';
import { ProductForm } from '@/features/products/components/product-form';
import { ProductImages } from '@/features/products/components/product-images';
import { ProductStatusPanel } from '@/features/products/components/product-status-panel';
import { isApiError } from '@/lib/api-client';

/**
 * The product editor: status and next step, images, certificates, the gap checklist against a
 * chosen market, then every field.
 */
export default function ProductEditRoute() {
  const { t } = useTranslation();
  const { productId = '' } = useParams();
  const product = useProduct(productId);
  const back = (
    <Anchor component={Link} to={paths.app.products.getHref()} size="sm">
      ← {t('products.backToList')}
    </Anchor>
  );

  if (product.isPending) {
    return (
      <ContentLayout title={t('products.editTitle')} actions={back}>
        <LoadingState />
      </ContentLayout>
    );
  }
  if (product.isError) {
    const missing = isApiError(product.error) && [400, 404].includes(product.error.status);
    return (
      <ContentLayout title={t('products.editTitle')} actions={back}>
        {missing ? (
          <EmptyState title={t('catalogue.productNotFound')} />
        ) : (
          <ErrorState error={product.error} onRetry={() => void product.refetch()} />
        )}
      </ContentLayout>
    );
  }
  const data = product.data;
  return (
    <ContentLayout title={data.nameVi} description={t('products.editSubtitle')} actions={back}>
      <Stack gap="lg">
        <ProductStatusPanel product={data} />
        <ProductImages product={data} />
        <CertificatesManager productId={data.id} readOnly={data.status === 'archived'} asSection />
        <ProductMarketChecklist
          productId={data.id}
          guideHref={(id) => paths.app.marketGuide.getHref(id)}
        />
        <ProductForm key={data.id} mode="edit" product={data} onReload={product.refetch} />
      </Stack>
    </ContentLayout>
  );
}
