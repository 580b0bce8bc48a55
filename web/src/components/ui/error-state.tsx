import { Alert, Button, Center, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useErrorMessage } from '@/lib/errors';

type ErrorStateProps = {
  error: unknown;
  onRetry?: () => void;
  title?: string;
  fullPage?: boolean;
};

/** A failed load, said in the reader's language, with a way to try again. */
export function ErrorState({ error, onRetry, title, fullPage = false }: ErrorStateProps) {
  const { t } = useTranslation();
  const message = useErrorMessage();
  const alert = (
    <Alert
      color="red"
      variant="light"
      title={title ?? t('common.loadFailed')}
      role="alert"
      w="100%"
      maw={560}
    >
      <Stack gap="sm">
        <Text size="sm">{message(error)}</Text>
        {onRetry ? (
          <Group>
            <Button size="xs" variant="white" color="red" onClick={onRetry}>
              {t('common.retry')}
            </Button>
          </Group>
        ) : null}
      </Stack>
    </Alert>
  );
  return fullPage ? (
    <Center mih="100dvh" p="md">
      {alert}
    </Center>
  ) : (
    alert
  );
}
