import { Group, Text, UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

export function LogoMark({ size = 28 }: { size?: number }) {
  return (
    <svg width={size} height={size} viewBox="0 0 32 32" aria-hidden="true" focusable="false">
      <rect width="32" height="32" rx="7" fill="var(--mantine-color-brand-7)" />
      <circle cx="11" cy="16" r="5" fill="none" stroke="#fff" strokeWidth="3" />
      <circle cx="21" cy="16" r="5" fill="none" stroke="#fff" strokeWidth="3" />
    </svg>
  );
}

/** The brand, linking home. Its accessible name says where it goes, not just the word mark. */
export function Logo({ to }: { to: string }) {
  const { t } = useTranslation();
  return (
    <UnstyledButton
      component={Link}
      to={to}
      aria-label={t('nav.homeLink', { name: t('app.name') })}
    >
      <Group gap={8} wrap="nowrap">
        <LogoMark />
        <Text fw={800} fz="lg" c="brand.8" style={{ letterSpacing: '-0.01em' }}>
          {t('app.name')}
        </Text>
      </Group>
    </UnstyledButton>
  );
}
