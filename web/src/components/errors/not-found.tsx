import { Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorPage } from '@/components/errors/error-page';
import { paths } from '@/config/paths';

export function NotFound() {
  const { t } = useTranslation();
  return (
    <ErrorPage
      code="404"
      title={t('notFound.title')}
      description={t('notFound.description')}
      actions={
        <Button component={Link} to={paths.home.getHref()}>
          {t('notFound.home')}
        </Button>
      }
    />
  );
}
