import { Badge, Button, Group, Modal, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '@/components/ui/empty-state';
import { ErrorState } from '@/components/ui/error-state';
import { FormErrors } from '@/components/ui/form-errors';
import { LoadingState } from '@/components/ui/loading-state';
import { Paged } from '@/components/ui/paged';
import { useCurrentUser } from '@/lib/auth';
import { useFormatters } from '@/lib/format';
import type { AdminUser } from '@/types/api';
import { USERS_PAGE_SIZE, useUsers } from '../api/get-users';
import { useUpdateUser } from '../api/update-user';

function ToggleDisabledModal({ user, onClose }: { user: AdminUser | null; onClose: () => void }) {
  const { t } = useTranslation();
  const update = useUpdateUser({
    mutationConfig: {
      onSuccess: (saved) => {
        notifications.show({
          color: saved.disabled ? 'orange' : 'green',
          message: saved.disabled
            ? t('users.disabledDone', { email: saved.email })
            : t('users.enabledDone', { email: saved.email }),
        });
        close();
      },
    },
  });
  const close = () => {
    update.reset();
    onClose();
  };
  const disabling = user ? !user.disabled : true;

  return (
    <Modal
      opened={user !== null}
      onClose={close}
      title={disabling ? t('users.disableTitle') : t('users.enableTitle')}
      centered
    >
      <Stack gap="md">
        <Text size="sm">
          {disabling
            ? t('users.disableConfirm', { name: user?.name ?? '', email: user?.email ?? '' })
            : t('users.enableConfirm', { name: user?.name ?? '', email: user?.email ?? '' })}
        </Text>
        <FormErrors error={update.error} />
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={close} disabled={update.isPending}>
            {t('common.cancel')}
          </Button>
          <Button
            color={disabling ? 'red' : 'green'}
            loading={update.isPending}
            data-autofocus
            onClick={() => {
              if (user) {
                update.mutate({ id: user.id, data: { disabled: disabling } });
              }
            }}
          >
            {disabling ? t('users.disable') : t('users.enable')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

/** Every account, newest first as the server orders them, with disable/enable for admins. */
export function UsersList() {
  const { t } = useTranslation();
  const format = useFormatters();
  const { user: me } = useCurrentUser();
  const [page, setPage] = useState(1);
  const [target, setTarget] = useState<AdminUser | null>(null);
  const query = useUsers({ page });

  if (query.isPending) {
    return <LoadingState />;
  }
  if (query.isError) {
    return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  }
  if (query.data.items.length === 0) {
    return <EmptyState title={t('users.empty')} />;
  }

  return (
    <Stack gap="md">
      <Table.ScrollContainer minWidth={720}>
        <Table
          striped
          highlightOnHover
          verticalSpacing="sm"
          style={{ opacity: query.isPlaceholderData ? 0.6 : 1 }}
        >
          <Table.Caption>
            {t('users.caption', {
              count: query.data.total,
              formatted: format.number(query.data.total),
            })}
          </Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('fields.fullName')}</Table.Th>
              <Table.Th scope="col">{t('fields.email')}</Table.Th>
              <Table.Th scope="col">{t('fields.role')}</Table.Th>
              <Table.Th scope="col">{t('users.status')}</Table.Th>
              <Table.Th scope="col">{t('users.createdAt')}</Table.Th>
              <Table.Th scope="col">
                <VisuallyHidden>{t('common.actions')}</VisuallyHidden>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {query.data.items.map((user) => (
              <Table.Tr key={user.id}>
                <Table.Td>{user.name}</Table.Td>
                <Table.Td style={{ overflowWrap: 'anywhere' }}>{user.email}</Table.Td>
                <Table.Td>{t(`enums.role.${user.role}`)}</Table.Td>
                <Table.Td>
                  <Badge color={user.disabled ? 'gray' : 'green'} variant="light">
                    {user.disabled ? t('users.disabled') : t('users.active')}
                  </Badge>
                </Table.Td>
                <Table.Td>{format.date(user.createdAt)}</Table.Td>
                <Table.Td ta="right">
                  {user.id === me.id ? (
                    <Text size="xs" c="dimmed">
                      {t('users.you')}
                    </Text>
                  ) : (
                    <Button
                      size="xs"
                      variant="light"
                      color={user.disabled ? 'green' : 'red'}
                      onClick={() => setTarget(user)}
                      aria-label={
                        user.disabled
                          ? t('users.enableNamed', { email: user.email })
                          : t('users.disableNamed', { email: user.email })
                      }
                    >
                      {user.disabled ? t('users.enable') : t('users.disable')}
                    </Button>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>

      <Paged page={page} total={query.data.total} limit={USERS_PAGE_SIZE} onChange={setPage} />

      <ToggleDisabledModal user={target} onClose={() => setTarget(null)} />
    </Stack>
  );
}
