import { ActionIcon, Box, Button, Container, Group, Stack, Text } from '@mantine/core';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet } from 'react-router';
import { SearchIcon } from '@/components/ui/icons';
import { LanguageSwitch } from '@/components/ui/language-switch';
import { Logo } from '@/components/ui/logo';
import { paths } from '@/config/paths';
import { useUser } from '@/lib/auth';
import classes from './layouts.module.css';
import { MAIN_CONTENT_ID, SkipLink } from './skip-link';

/**
 * Landing, login, register and the public catalogue: a slim header with the catalogue link, the
 * language switch and sign-in actions.
 */
export function PublicLayout() {
  return (
    <Stack gap={0} mih="100dvh">
      <SkipLink />
      <PublicHeader />
      <main id={MAIN_CONTENT_ID} tabIndex={-1} className={`${classes.publicMain} ${classes.main}`}>
        <Outlet />
      </main>
      <PublicFooter />
    </Stack>
  );
}

// Memoized: the layout renders again on every change of the URL (each search keystroke on the
// catalogue), which header and footer do not depend on.
const PublicHeader = memo(function PublicHeader() {
  const { t } = useTranslation();
  const me = useUser();

  return (
    <header className={classes.publicHeader}>
      <Container size="lg" py="sm">
        <Group justify="space-between" wrap="nowrap" gap="xs">
          <Logo to={paths.home.getHref()} />
          <Group gap="xs" wrap="nowrap">
            <nav aria-label={t('nav.public')}>
              <Button
                component={Link}
                to={paths.catalogue.search.getHref()}
                size="xs"
                variant="subtle"
                leftSection={<SearchIcon size={14} />}
                visibleFrom="sm"
              >
                {t('nav.catalogue')}
              </Button>
              <Button
                component={Link}
                to={paths.events.list.getHref()}
                size="xs"
                variant="subtle"
                visibleFrom="sm"
              >
                {t('events.nav')}
              </Button>
              <ActionIcon
                component={Link}
                to={paths.catalogue.search.getHref()}
                variant="subtle"
                size="lg"
                hiddenFrom="sm"
                aria-label={t('nav.catalogue')}
              >
                <SearchIcon size={18} />
              </ActionIcon>
            </nav>
            <LanguageSwitch />
            {me.data ? (
              <Button component={Link} to={paths.app.root.getHref()} size="xs">
                {t('nav.workspace')}
              </Button>
            ) : (
              // While the session is being checked the sign-in buttons keep their room,
              // unseen, so the header does not shift when they appear.
              <Group
                gap="xs"
                wrap="nowrap"
                style={me.isPending ? { visibility: 'hidden' } : undefined}
                aria-hidden={me.isPending || undefined}
              >
                <Button component={Link} to={paths.auth.login.getHref()} size="xs" variant="subtle">
                  {t('nav.login')}
                </Button>
                <Button
                  component={Link}
                  to={paths.auth.register.getHref()}
                  size="xs"
                  visibleFrom="xs"
                >
                  {t('nav.register')}
                </Button>
              </Group>
            )}
          </Group>
        </Group>
      </Container>
    </header>
  );
});

const PublicFooter = memo(function PublicFooter() {
  const { t } = useTranslation();
  return (
    <footer className={classes.publicFooter}>
      <Container size="lg" py="md">
        <Box>
          <Text size="sm" c="dimmed">
            {t('footer.text', { year: new Date().getFullYear() })}
          </Text>
        </Box>
      </Container>
    </footer>
  );
});
