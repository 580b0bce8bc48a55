import {
  AppShell,
  Avatar,
  Burger,
  Group,
  Menu,
  NavLink,
  ScrollArea,
  Stack,
  Text,
  UnstyledButton,
  useMatches,
} from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation } from 'react-router';
import { BuildingIcon, ChevronDownIcon, LogoutIcon } from '@/components/ui/icons';
import { LanguageSwitch } from '@/components/ui/language-switch';
import { Logo } from '@/components/ui/logo';
import { paths } from '@/config/paths';
import { useCurrentUser, useLogout } from '@/lib/auth';
import classes from './layouts.module.css';
import { MAIN_CONTENT_ID, SkipLink } from './skip-link';

export type NavItem = {
  label: string;
  href: string;
  icon: ReactNode;
  /** Active only on this exact path (the dashboard), not on every path under it. */
  exact?: boolean;
};

type AppLayoutProps = {
  navItems: NavItem[];
  /** Header widgets composed by the app (the notifications bell): layouts know no features. */
  headerActions?: ReactNode;
};

function initials(name: string) {
  return name
    .split(/\s+/)
    .filter(Boolean)
    .slice(-2)
    .map((part) => part[0]?.toUpperCase() ?? '')
    .join('');
}

function UserMenu() {
  const { t } = useTranslation();
  const { user, organization } = useCurrentUser();
  const logout = useLogout();

  return (
    <Menu position="bottom-end" width={240} withinPortal>
      <Menu.Target>
        <UnstyledButton aria-label={t('userMenu.open', { name: user.name })} p={4}>
          <Group gap={6} wrap="nowrap">
            <Avatar size="sm" color="brand" radius="xl" aria-hidden="true">
              {initials(user.name)}
            </Avatar>
            <Text size="sm" fw={500} maw={140} truncate visibleFrom="sm">
              {user.name}
            </Text>
            <ChevronDownIcon size={14} />
          </Group>
        </UnstyledButton>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>
          <Text size="sm" fw={600} c="var(--mantine-color-text)" truncate>
            {user.name}
          </Text>
          <Text size="xs" c="dimmed" truncate>
            {user.email}
          </Text>
          <Text size="xs" c="dimmed">
            {t(`enums.role.${user.role}`)}
          </Text>
        </Menu.Label>
        {organization && (user.role === 'producer' || user.role === 'distributor') ? (
          <Menu.Item
            component={Link}
            to={paths.app.organization.getHref()}
            leftSection={<BuildingIcon size={16} />}
          >
            {t('nav.organization')}
          </Menu.Item>
        ) : null}
        <Menu.Divider />
        <Menu.Item
          color="red"
          leftSection={<LogoutIcon size={16} />}
          onClick={() => logout.mutate()}
          disabled={logout.isPending}
        >
          {t('userMenu.logout')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}

/** The signed-in shell: header with brand, widgets, language and user menu; navigation by role. */
export function AppLayout({ navItems, headerActions }: AppLayoutProps) {
  const { t } = useTranslation();
  const location = useLocation();
  const [opened, { toggle, close }] = useDisclosure(false);
  // On a phone the closed navigation only slides off-screen: without `inert` its links would
  // stay in the tab order, focused where nobody can see them.
  const navigationHidden = useMatches({ base: !opened, sm: false });

  const matches = (item: NavItem) =>
    item.exact
      ? location.pathname === item.href || location.pathname === `${item.href}/`
      : location.pathname === item.href || location.pathname.startsWith(`${item.href}/`);
  // Nested items (products, products/import): only the most specific match is the current page.
  const current = navItems
    .filter(matches)
    .reduce<NavItem | null>(
      (best, item) => (best && best.href.length >= item.href.length ? best : item),
      null,
    );
  const isActive = (item: NavItem) => item === current;

  return (
    <AppShell
      header={{ height: 60 }}
      navbar={{ width: 240, breakpoint: 'sm', collapsed: { mobile: !opened } }}
      padding="md"
    >
      <SkipLink />
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap" gap="xs">
          <Group gap="xs" wrap="nowrap">
            <Burger
              opened={opened}
              onClick={toggle}
              hiddenFrom="sm"
              size="sm"
              aria-label={opened ? t('nav.closeMenu') : t('nav.openMenu')}
              aria-expanded={opened}
              aria-controls="app-navigation"
            />
            <Logo to={paths.app.root.getHref()} />
          </Group>
          <Group gap={6} wrap="nowrap">
            <LanguageSwitch />
            {headerActions}
            <UserMenu />
          </Group>
        </Group>
      </AppShell.Header>

      <AppShell.Navbar
        p="sm"
        id="app-navigation"
        aria-label={t('nav.main')}
        inert={navigationHidden}
      >
        <AppShell.Section grow component={ScrollArea}>
          <Stack gap={4} component="nav" aria-label={t('nav.main')}>
            {navItems.map((item) => (
              <NavLink
                key={item.href}
                component={Link}
                to={item.href}
                label={item.label}
                leftSection={item.icon}
                active={isActive(item)}
                aria-current={isActive(item) ? 'page' : undefined}
                onClick={close}
                variant="light"
              />
            ))}
          </Stack>
        </AppShell.Section>
      </AppShell.Navbar>

      <AppShell.Main id={MAIN_CONTENT_ID} tabIndex={-1} className={classes.main}>
        <Outlet />
      </AppShell.Main>
    </AppShell>
  );
}
