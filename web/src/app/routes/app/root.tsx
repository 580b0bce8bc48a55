import { useTranslation } from 'react-i18next';
import { AppLayout, type NavItem } from '@/components/layouts/app-layout';
import { BuildingIcon, HomeIcon, ShieldCheckIcon, UsersIcon } from '@/components/ui/icons';
import { paths } from '@/config/paths';
import { NotificationsMenu } from '@/features/notifications/components/notifications-menu';
import { ProtectedRoute, useCurrentUser } from '@/lib/auth';

function navItemsFor(role: string, t: ReturnType<typeof useTranslation>['t']): NavItem[] {
  const items: NavItem[] = [
    {
      label: t('nav.dashboard'),
      href: paths.app.dashboard.getHref(),
      icon: <HomeIcon size={18} />,
      exact: true,
    },
  ];
  if (role === 'producer' || role === 'distributor') {
    items.push({
      label: t('nav.organization'),
      href: paths.app.organization.getHref(),
      icon: <BuildingIcon size={18} />,
    });
  }
  if (role === 'coordinator') {
    items.push({
      label: t('nav.reviewOrganizations'),
      href: paths.app.reviewOrganizations.getHref(),
      icon: <ShieldCheckIcon size={18} />,
    });
  }
  if (role === 'admin') {
    items.push({
      label: t('nav.adminUsers'),
      href: paths.app.adminUsers.getHref(),
      icon: <UsersIcon size={18} />,
    });
  }
  return items;
}

function SignedInShell() {
  const { t } = useTranslation();
  const { user } = useCurrentUser();
  return <AppLayout navItems={navItemsFor(user.role, t)} headerActions={<NotificationsMenu />} />;
}

export default function AppRoot() {
  return (
    <ProtectedRoute>
      <SignedInShell />
    </ProtectedRoute>
  );
}
