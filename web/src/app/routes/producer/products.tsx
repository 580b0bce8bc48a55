import { Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ContentLayout } from '@/components/layouts/content-layout';
import { paths } from '@/config/paths';
import { ProductsList } from '@/features/products/components/products-list';

export default function ProductsRoute() {
  const { t } = useTranslation();
  return (
    <ContentLayout
      title={t('products.title')}
      description={t('products.subtitle')}
      actions={
        <Group gap="xs">
          <Button component={Link} to={paths.app.importProducts.getHref()} variant="default">
            {t('products.importAction')}
          </Button>
          <Button component={Link} to={paths.app.newProduct.getHref()}>
            {t('products.createAction')}
          </Button>
        </Group>
      }
    >
      <ProductsList />
    </ContentLayout>
  );
}
