import { Center, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

type ErrorPageProps = { code?: string; title: string; description: string; actions?: ReactNode };

export function ErrorPage({ code, title, description, actions }: ErrorPageProps) {
  return (
    <Center mih="60dvh" p="md">
      <Stack align="center" gap="sm" maw={520} ta="center">
        {code ? (
          <Text fz={56} fw={800} c="brand.2" lh={1} aria-hidden="true">
            {code}
          </Text>
        ) : null}
        <Title order={1} fz="h2">
          {title}
        </Title>
        <Text c="dimmed">{description}</Text>
        {actions ? (
          <Stack gap="xs" mt="sm">
            {actions}
          </Stack>
        ) : null}
      </Stack>
    </Center>
  );
}
