import { Anchor } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { ContentLayout } from '@/components/layouts/content-layout';
import { paths } from '@/config/paths';
import { ProductForm } from '@/features/products/components/product-form';
import { useCurrentUser } from '@/lib/auth';

export default function NewProductRoute() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { organization } = useCurrentUser();
  return (
    <ContentLayout
      title={t('products.newTitle')}
      description={t('products.newSubtitle')}
      actions={
        <Anchor component={Link} to={paths.app.products.getHref()} size="sm">
          ← {t('products.backToList')}
        </Anchor>
      }
    >
      <ProductForm
        mode="create"
        {...(organization?.province ? { defaultProvince: organization.province } : {})}
        onCreated={(product) => {
          notifications.show({ color: 'green', message: t('products.created') });
          void navigate(paths.app.product.getHref(product.id), { replace: true });
        }}
      />
    </ContentLayout>
  );
}
