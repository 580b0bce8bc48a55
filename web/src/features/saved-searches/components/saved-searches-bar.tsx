import {
  ActionIcon,
  Anchor,
  Button,
  Group,
  Modal,
  Popover,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ConfirmModal } from '@/components/ui/confirm-modal';
import { FormErrors } from '@/components/ui/form-errors';
import { TrashIcon } from '@/components/ui/icons';
import { paths } from '@/config/paths';
import type { SearchProductsParams } from '@/features/catalogue/api/search-products';
import type { SavedSearch } from '@/types/api';
import { useDeleteSavedSearch, useSaveSearch, useSavedSearches } from '../api/saved-searches';
import { filtersFromParams, queryStringOf } from './saved-search-filters';

type SavedSearchesBarProps = { params: SearchProductsParams };

/** For a signed-in person: keep the catalogue's current search, and run a kept one again. */
export function SavedSearchesBar({ params }: SavedSearchesBarProps) {
  const { t } = useTranslation();
  const saved = useSavedSearches(true);
  const save = useSaveSearch();
  const remove = useDeleteSavedSearch();
  const [naming, setNaming] = useState(false);
  const [name, setName] = useState('');
  const [deleting, setDeleting] = useState<SavedSearch | null>(null);
  const filters = filtersFromParams(params);
  const items = saved.data?.items ?? [];

  return (
    <Group gap="xs">
      <Button
        variant="light"
        size="xs"
        disabled={Object.keys(filters).length === 0}
        onClick={() => {
          save.reset();
          setName(params.q.trim().slice(0, 80));
          setNaming(true);
        }}
      >
        {t('savedSearches.save')}
      </Button>
      <Popover position="bottom-start" width={320} shadow="md" withinPortal>
        <Popover.Target>
          <Button variant="subtle" size="xs" disabled={items.length === 0}>
            {t('savedSearches.open', { count: items.length })}
          </Button>
        </Popover.Target>
        <Popover.Dropdown>
          <Stack gap={6} component="ul" m={0} p={0} style={{ listStyle: 'none' }}>
            {items.map((item) => (
              <Group key={item.id} component="li" justify="space-between" wrap="nowrap" gap="xs">
                <Anchor
                  component={Link}
                  to={paths.catalogue.search.getHref(queryStringOf(item.filters))}
                  size="sm"
                  lineClamp={1}
                >
                  {item.name}
                </Anchor>
                <ActionIcon
                  variant="subtle"
                  color="red"
                  aria-label={t('savedSearches.deleteNamed', { name: item.name })}
                  onClick={() => {
                    remove.reset();
                    setDeleting(item);
                  }}
                >
                  <TrashIcon size={16} />
                </ActionIcon>
              </Group>
            ))}
          </Stack>
        </Popover.Dropdown>
      </Popover>

      <Modal
        opened={naming}
        onClose={() => setNaming(false)}
        title={t('savedSearches.saveTitle')}
        centered
      >
        <form
          onSubmit={(event) => {
            event.preventDefault();
            save.mutate({ name, filters }, { onSuccess: () => setNaming(false) });
          }}
        >
          <Stack gap="md">
            <Text size="sm" c="dimmed">
              {t('savedSearches.saveHelp')}
            </Text>
            <TextInput
              label={t('savedSearches.name')}
              value={name}
              onChange={(event) => setName(event.currentTarget.value)}
              maxLength={80}
              required
              data-autofocus
            />
            <FormErrors error={save.error} />
            <Group justify="flex-end" gap="xs">
              <Button variant="default" onClick={() => setNaming(false)} disabled={save.isPending}>
                {t('common.cancel')}
              </Button>
              <Button type="submit" loading={save.isPending} disabled={!name.trim()}>
                {t('savedSearches.confirmSave')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>

      <ConfirmModal
        opened={deleting !== null}
        title={t('savedSearches.deleteTitle')}
        message={t('savedSearches.deleteConfirm', { name: deleting?.name ?? '' })}
        confirmLabel={t('savedSearches.delete')}
        loading={remove.isPending}
        error={remove.error}
        onConfirm={() => {
          if (deleting) {
            remove.mutate(deleting.id, { onSuccess: () => setDeleting(null) });
          }
        }}
        onClose={() => setDeleting(null)}
      />
    </Group>
  );
}
