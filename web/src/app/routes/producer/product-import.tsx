import { Anchor, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { ContentLayout } from '@/components/layouts/content-layout';
import { paths } from '@/config/paths';
import { ImportProgress } from '@/features/imports/components/import-progress';
import { ImportUpload } from '@/features/imports/components/import-products';
import { ImportsHistory } from '@/features/imports/components/imports-history';

/** Bulk import: the current import lives in the URL (`?import=`), so a reload keeps following it. */
export default function ProductImportRoute() {
  const { t } = useTranslation();
  const [search, setSearch] = useSearchParams();
  const current = search.get('import');
  return (
    <ContentLayout
      title={t('imports.title')}
      description={t('imports.subtitle')}
      actions={
        <Anchor component={Link} to={paths.app.products.getHref()} size="sm">
          ← {t('products.backToList')}
        </Anchor>
      }
    >
      <Stack gap="lg">
        <ImportUpload onUploaded={(item) => setSearch({ import: item.id })} />
        {current ? <ImportProgress key={current} importId={current} /> : null}
        <ImportsHistory currentId={current} />
      </Stack>
    </ContentLayout>
  );
}
