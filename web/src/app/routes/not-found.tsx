import { useTranslation } from 'react-i18next';
import { NotFound } from '@/components/errors/not-found';
import { useDocumentTitle } from '@/components/layouts/content-layout';

export default function NotFoundRoute() {
  const { t } = useTranslation();
  useDocumentTitle(t('notFound.title'));
  return <NotFound />;
}
