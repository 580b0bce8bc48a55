import { Group, Pagination } from '@mantine/core';
import { useTranslation } from 'react-i18next';

type PagedProps = { page: number; total: number; limit: number; onChange: (page: number) => void };

/** Page links under a list, hidden when everything fits on one page. */
export function Paged({ page, total, limit, onChange }: PagedProps) {
  const { t } = useTranslation();
  const pages = Math.max(1, Math.ceil(total / limit));
  if (pages <= 1) {
    return null;
  }
  return (
    <Group justify="center">
      <Pagination
        total={pages}
        value={page}
        onChange={onChange}
        size="sm"
        getControlProps={(control) => ({
          'aria-label':
            control === 'next'
              ? t('common.nextPage')
              : control === 'previous'
                ? t('common.previousPage')
                : control === 'first'
                  ? t('common.firstPage')
                  : t('common.lastPage'),
        })}
        getItemProps={(item) => ({ 'aria-label': t('common.pageN', { page: item }) })}
      />
    </Group>
  );
}
