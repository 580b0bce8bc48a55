import { Button, Group } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { ContentLayout } from '@/components/layouts/content-layout';
import { CreateUserModal } from '@/features/users/components/create-user-form';
import { QueueDashboardButton } from '@/features/users/components/queue-dashboard-button';
import { UsersList } from '@/features/users/components/users-list';

export default function UsersRoute() {
  const { t } = useTranslation();
  const [opened, { open, close }] = useDisclosure(false);
  return (
    <ContentLayout
      title={t('users.title')}
      description={t('users.subtitle')}
      actions={
        <Group gap="xs">
          <QueueDashboardButton />
          <Button onClick={open}>{t('users.createButton')}</Button>
        </Group>
      }
    >
      <UsersList />
      <CreateUserModal opened={opened} onClose={close} />
    </ContentLayout>
  );
}
