import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { AppLayout, type NavItem } from '@/components/layouts/app-layout';
import {
  AwardIcon,
  BuildingIcon,
  ClipboardCheckIcon,
  HomeIcon,
  InboxIcon,
  PackageIcon,
  SearchIcon,
  ShieldCheckIcon,
  StoreIcon,
  UploadIcon,
  UsersIcon,
} from '@/components/ui/icons';
import { paths } from '@/config/paths';
import {
  GlobeIcon,
  HandshakeIcon,
  MegaphoneIcon,
} from '@/features/market-guides/components/programme-icons';
import { CalendarIcon, ChartIcon } from '@/features/events/components/event-icons';
import { NotificationsMenu } from '@/features/notifications/components/notifications-menu';
import { ProtectedRoute, useCurrentUser } from '@/lib/auth';

function navItemsFor(role: string, t: TFunction): NavItem[] {
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
  if (role === 'producer') {
    items.push(
      {
        label: t('nav.products'),
        href: paths.app.products.getHref(),
        icon: <PackageIcon size={18} />,
      },
      {
        label: t('nav.importProducts'),
        href: paths.app.importProducts.getHref(),
        icon: <UploadIcon size={18} />,
      },
      {
        label: t('nav.certificates'),
        href: paths.app.certificates.getHref(),
        icon: <AwardIcon size={18} />,
      },
    );
  }
  if (role === 'coordinator') {
    items.push(
      {
        label: t('nav.reviewOrganizations'),
        href: paths.app.reviewOrganizations.getHref(),
        icon: <ShieldCheckIcon size={18} />,
      },
      {
        label: t('nav.reviewProducts'),
        href: paths.app.reviewProducts.getHref(),
        icon: <ClipboardCheckIcon size={18} />,
      },
      {
        label: t('certificateReview.nav'),
        href: paths.app.reviewCertificates.getHref(),
        icon: <AwardIcon size={18} />,
      },
    );
  }
  // Sourcing: demands and terms (distributors), matches and samples (both parties), the queue.
  if (role === 'distributor') {
    items.push(
      {
        label: t('demands.nav'),
        href: paths.app.demands.getHref(),
        icon: <SearchIcon size={18} />,
      },
      {
        label: t('demands.requirements.navLabel'),
        href: paths.app.requirements.getHref(),
        icon: <ClipboardCheckIcon size={18} />,
      },
    );
  }
  if (role === 'producer' || role === 'distributor') {
    items.push(
      {
        label: t('matches.nav'),
        href: paths.app.matches.getHref(),
        icon: <UsersIcon size={18} />,
      },
      {
        label: t('samples.nav'),
        href: paths.app.samples.getHref(),
        icon: <InboxIcon size={18} />,
      },
    );
  }
  if (role === 'coordinator') {
    items.push({
      label: t('matches.queue.nav'),
      href: paths.app.reviewMatches.getHref(),
      icon: <UsersIcon size={18} />,
    });
  }
  // Trade programmes: goods-week campaigns, market guides and agreements, for every role concerned.
  if (role === 'producer' || role === 'distributor' || role === 'coordinator') {
    items.push(
      {
        label: t('campaigns.nav'),
        href: paths.app.campaigns.getHref(),
        icon: <MegaphoneIcon size={18} />,
      },
      {
        label: t('marketGuides.nav'),
        href: paths.app.marketGuides.getHref(),
        icon: <GlobeIcon size={18} />,
      },
      {
        label: t('agreements.nav'),
        href: paths.app.agreements.getHref(),
        icon: <HandshakeIcon size={18} />,
      },
    );
  }
  // Events and B2B meetings for every role concerned; the KPI dashboard for the centre's staff.
  if (role === 'producer' || role === 'distributor' || role === 'coordinator') {
    items.push({
      label: t('events.nav'),
      href: paths.app.events.getHref(),
      icon: <CalendarIcon size={18} />,
    });
  }
  if (role === 'coordinator' || role === 'admin') {
    items.push({
      label: t('kpis.nav'),
      href: paths.app.kpis.getHref(),
      icon: <ChartIcon size={18} />,
    });
  }
  if (role === 'admin') {
    items.push({
      label: t('nav.adminUsers'),
      href: paths.app.adminUsers.getHref(),
      icon: <UsersIcon size={18} />,
    });
  }
  // The public catalogue, for everyone: distributors search it, producers see their listings.
  items.push({
    label: t('nav.catalogue'),
    href: paths.catalogue.search.getHref(),
    icon: <StoreIcon size={18} />,
  });
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
