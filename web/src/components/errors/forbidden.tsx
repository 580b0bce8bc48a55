import { Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorPage } from '@/components/errors/error-page';
import { paths } from '@/config/paths';

/** Shown in place of a page the signed-in person's role may not open. */
export function Forbidden() {
  const { t } = useTranslation();
  return (
    <ErrorPage
      code="403"
      title={t('forbidden.title')}
      description={t('forbidden.description')}
      actions={
        <Button component={Link} to={paths.app.root.getHref()}>
          {t('forbidden.back')}
        </Button>
      }
    />
  );
}
