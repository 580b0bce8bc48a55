import { Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isRouteErrorResponse, useRouteError } from 'react-router';
import { ErrorPage } from '@/components/errors/error-page';
import { NotFound } from '@/components/errors/not-found';

/** Last line of defence: an unexpected render error or a failed lazy chunk (after a deploy). */
export function MainErrorFallback() {
  const { t } = useTranslation();
  const error = useRouteError();
  if (isRouteErrorResponse(error) && error.status === 404) {
    return <NotFound />;
  }
  if (import.meta.env.DEV) {
    console.error(error);
  }
  return (
    <ErrorPage
      title={t('crash.title')}
      description={t('crash.description')}
      actions={<Button onClick={() => window.location.reload()}>{t('crash.reload')}</Button>}
    />
  );
}
