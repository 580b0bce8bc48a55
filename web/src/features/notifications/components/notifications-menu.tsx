import {
  ActionIcon,
  Box,
  Button,
  Divider,
  Group,
  Indicator,
  Popover,
  ScrollArea,
  Stack,
  Text,
  UnstyledButton,
  VisuallyHidden,
} from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications as toasts } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { EmptyState } from '@/components/ui/empty-state';
import { ErrorState } from '@/components/ui/error-state';
import { BellIcon } from '@/components/ui/icons';
import { LoadingState } from '@/components/ui/loading-state';
import { useErrorMessage } from '@/lib/errors';
import { useFormatters } from '@/lib/format';
import type { Notification } from '@/types/api';
import { useNotifications } from '../api/get-notifications';
import { useMarkNotificationsRead } from '../api/mark-notifications-read';

/** Only links inside the app are followed: notification text is data, not trusted markup. */
function isInternalLink(link: string | null): link is string {
  return !!link && link.startsWith('/') && !link.startsWith('//');
}

function NotificationItem({
  notification,
  onOpen,
}: {
  notification: Notification;
  onOpen: (notification: Notification) => void;
}) {
  const format = useFormatters();
  const { t } = useTranslation();
  const unread = !notification.readAt;
  return (
    <UnstyledButton
      onClick={() => onOpen(notification)}
      p="sm"
      w="100%"
      style={{
        borderRadius: 'var(--mantine-radius-sm)',
        background: unread ? 'var(--mantine-color-brand-0)' : undefined,
      }}
    >
      <Group gap="xs" wrap="nowrap" align="flex-start">
        <Box
          mt={6}
          w={8}
          h={8}
          style={{
            flex: 'none',
            borderRadius: '50%',
            background: unread ? 'var(--mantine-color-brand-6)' : 'transparent',
          }}
          aria-hidden="true"
        />
        <Stack gap={2} style={{ minWidth: 0 }}>
          <Text size="sm" fw={unread ? 600 : 400}>
            {unread ? (
              <VisuallyHidden component="span">{`${t('notifications.unreadPrefix')} `}</VisuallyHidden>
            ) : null}
            {notification.title}
          </Text>
          {notification.body ? (
            <Text size="xs" c="dimmed" lineClamp={3}>
              {notification.body}
            </Text>
          ) : null}
          <Text size="xs" c="dimmed">
            <time dateTime={notification.createdAt}>{format.dateTime(notification.createdAt)}</time>
          </Text>
        </Stack>
      </Group>
    </UnstyledButton>
  );
}

/** The header bell: unread count, latest notifications, mark all read. */
export function NotificationsMenu() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const errorMessage = useErrorMessage();
  const [opened, { toggle, close }] = useDisclosure(false);
  const query = useNotifications();
  const markRead = useMarkNotificationsRead();
  const unread = query.data?.unread ?? 0;

  const markAll = () =>
    markRead.mutate(
      {},
      { onError: (error) => toasts.show({ color: 'red', message: errorMessage(error) }) },
    );

  const open = (notification: Notification) => {
    if (!notification.readAt) {
      markRead.mutate({ ids: [notification.id] });
    }
    if (isInternalLink(notification.link)) {
      close();
      void navigate(notification.link);
    }
  };

  const label =
    unread > 0 ? t('notifications.openWithUnread', { count: unread }) : t('notifications.open');

  return (
    <Popover
      opened={opened}
      onChange={(value) => (value ? undefined : close())}
      position="bottom-end"
      width={360}
      shadow="md"
      withinPortal
      trapFocus
      returnFocus
    >
      <Popover.Target>
        <Indicator
          label={unread > 99 ? '99+' : unread}
          size={16}
          disabled={unread === 0}
          color="red"
          offset={4}
        >
          <ActionIcon
            variant="subtle"
            color="gray"
            size="lg"
            onClick={toggle}
            aria-label={label}
            aria-expanded={opened}
          >
            <BellIcon />
          </ActionIcon>
        </Indicator>
      </Popover.Target>
      <Popover.Dropdown p={0} maw="calc(100vw - 16px)">
        <Group justify="space-between" px="sm" py="xs" wrap="nowrap">
          <Text fw={600} size="sm" component="h2">
            {t('notifications.title')}
          </Text>
          <Button
            size="compact-xs"
            variant="subtle"
            onClick={markAll}
            disabled={unread === 0}
            loading={markRead.isPending && !markRead.variables?.ids}
          >
            {t('notifications.markAllRead')}
          </Button>
        </Group>
        <Divider />
        {query.isPending ? (
          <LoadingState />
        ) : query.isError ? (
          <Box p="sm">
            <ErrorState error={query.error} onRetry={() => void query.refetch()} />
          </Box>
        ) : query.data.items.length === 0 ? (
          <EmptyState title={t('notifications.empty')} />
        ) : (
          <ScrollArea.Autosize mah={400} type="auto">
            <Stack gap={2} p={4} component="ul" style={{ listStyle: 'none', margin: 0 }}>
              {query.data.items.map((notification) => (
                <li key={notification.id}>
                  <NotificationItem notification={notification} onOpen={open} />
                </li>
              ))}
            </Stack>
          </ScrollArea.Autosize>
        )}
      </Popover.Dropdown>
    </Popover>
  );
}
