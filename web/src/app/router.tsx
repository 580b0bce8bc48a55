import type { QueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import {
  createBrowserRouter,
  matchRoutes,
  Outlet,
  RouterProvider,
  ScrollRestoration,
  type Params,
  type RouteObject,
} from 'react-router';
import { MainErrorFallback } from '@/components/errors/main-error-fallback';
import { PublicLayout } from '@/components/layouts/public-layout';
import { LoadingState } from '@/components/ui/loading-state';
import { paths } from '@/config/paths';
import { setLoginRedirect } from '@/lib/api-client';
import { RequireRole } from '@/lib/auth';
import { loadAppStrings } from '@/lib/i18n';

/**
 * What a public page needs from the API before the server can render it (entry-server.tsx):
 * the same queries its components ask for, fetched into the request's query client. Only pages
 * exporting it are rendered on the server: not forms such as login, which would submit natively
 * if used before the scripts have run.
 */
export type Prefetch = (
  queryClient: QueryClient,
  page: { params: Params; url: URL },
) => Promise<unknown>;

export type PageHandle = { prefetch?: Prefetch };

type RouteModule = { default: React.ComponentType; prefetch?: Prefetch };

/**
 * Route modules are split into their own chunks and export their page as `default`; public
 * pages the server renders with data also export `prefetch`.
 */
const lazyPage = (load: () => Promise<RouteModule>) => async () => {
  const module = await load();
  const handle: PageHandle = { prefetch: module.prefetch };
  return { Component: module.default, handle };
};

function Root() {
  return (
    <>
      <ScrollRestoration />
      <Outlet />
    </>
  );
}

export const routes: RouteObject[] = [
  {
    path: paths.home.path,
    element: <Root />,
    errorElement: <MainErrorFallback />,
    hydrateFallbackElement: <LoadingState fullPage />,
    children: [
      {
        element: <PublicLayout />,
        children: [
          { index: true, lazy: lazyPage(() => import('./routes/public/landing')) },
          { path: paths.auth.login.path, lazy: lazyPage(() => import('./routes/public/login')) },
          {
            path: paths.auth.register.path,
            lazy: lazyPage(() => import('./routes/public/register')),
          },
          {
            path: paths.catalogue.search.path,
            lazy: lazyPage(() => import('./routes/public/catalogue')),
          },
          {
            path: paths.catalogue.product.path,
            lazy: lazyPage(() => import('./routes/public/product')),
          },
          {
            path: paths.catalogue.producer.path,
            lazy: lazyPage(() => import('./routes/public/producer')),
          },
          {
            path: paths.markets.list.path,
            lazy: lazyPage(() => import('./routes/public/market-guides')),
          },
          {
            path: paths.markets.guide.path,
            lazy: lazyPage(() => import('./routes/public/market-guide')),
          },
          {
            path: paths.events.list.path,
            lazy: lazyPage(() => import('./routes/public/events')),
          },
          {
            path: paths.events.event.path,
            lazy: lazyPage(() => import('./routes/public/event')),
          },
        ],
      },
      {
        path: paths.app.root.path,
        // The signed-in screens' strings arrive with their layout (public pages go without them).
        lazy: lazyPage(async () => {
          const [module] = await Promise.all([import('./routes/app/root'), loadAppStrings()]);
          return module;
        }),
        children: [
          { index: true, lazy: lazyPage(() => import('./routes/app/dashboard')) },
          {
            element: <RequireRole roles={['producer', 'distributor']} />,
            children: [
              {
                path: paths.app.organization.path,
                lazy: lazyPage(() => import('./routes/app/organization')),
              },
            ],
          },
          {
            element: <RequireRole roles={['producer']} />,
            children: [
              {
                path: paths.app.products.path,
                lazy: lazyPage(() => import('./routes/producer/products')),
              },
              {
                path: paths.app.newProduct.path,
                lazy: lazyPage(() => import('./routes/producer/product-new')),
              },
              {
                path: paths.app.importProducts.path,
                lazy: lazyPage(() => import('./routes/producer/product-import')),
              },
              {
                path: paths.app.product.path,
                lazy: lazyPage(() => import('./routes/producer/product-edit')),
              },
              {
                path: paths.app.certificates.path,
                lazy: lazyPage(() => import('./routes/producer/certificates')),
              },
            ],
          },
          {
            element: <RequireRole roles={['coordinator']} />,
            children: [
              {
                path: paths.app.reviewOrganizations.path,
                lazy: lazyPage(() => import('./routes/coordinator/review-organizations')),
              },
              {
                path: paths.app.reviewProducts.path,
                lazy: lazyPage(() => import('./routes/coordinator/review-products')),
              },
              {
                path: paths.app.reviewCertificates.path,
                lazy: lazyPage(() => import('./routes/coordinator/review-certificates')),
              },
            ],
          },
          // Sourcing: standing terms and demands (distributors; coordinators read a demand), the
          // parties' matches and samples, one match for everyone concerned, the approval queue.
          {
            element: <RequireRole roles={['distributor']} />,
            children: [
              {
                path: paths.app.requirements.path,
                lazy: lazyPage(() => import('./routes/distributor/requirements')),
              },
              {
                path: paths.app.demands.path,
                lazy: lazyPage(() => import('./routes/distributor/demands')),
              },
              {
                path: paths.app.newDemand.path,
                lazy: lazyPage(() => import('./routes/distributor/demand-new')),
              },
              {
                path: paths.app.editDemand.path,
                lazy: lazyPage(() => import('./routes/distributor/demand-edit')),
              },
            ],
          },
          {
            element: <RequireRole roles={['distributor', 'coordinator']} />,
            children: [
              {
                path: paths.app.demand.path,
                lazy: lazyPage(() => import('./routes/distributor/demand')),
              },
            ],
          },
          {
            element: <RequireRole roles={['producer', 'distributor']} />,
            children: [
              {
                path: paths.app.matches.path,
                lazy: lazyPage(() => import('./routes/app/matches')),
              },
              {
                path: paths.app.samples.path,
                lazy: lazyPage(() => import('./routes/app/samples')),
              },
            ],
          },
          {
            element: <RequireRole roles={['producer', 'distributor', 'coordinator']} />,
            children: [
              {
                path: paths.app.match.path,
                lazy: lazyPage(() => import('./routes/app/match')),
              },
            ],
          },
          {
            element: <RequireRole roles={['coordinator']} />,
            children: [
              {
                path: paths.app.reviewMatches.path,
                lazy: lazyPage(() => import('./routes/coordinator/review-matches')),
              },
            ],
          },
          // Trade programmes: guides, campaigns and agreements are read by every role concerned
          // (each page shows what the role may do); only coordinators write guides and campaigns.
          {
            element: <RequireRole roles={['producer', 'distributor', 'coordinator', 'admin']} />,
            children: [
              {
                path: paths.app.marketGuides.path,
                lazy: lazyPage(() => import('./routes/coordinator/market-guides')),
              },
              {
                path: paths.app.marketGuide.path,
                lazy: lazyPage(() => import('./routes/coordinator/market-guide')),
              },
              {
                path: paths.app.campaigns.path,
                lazy: lazyPage(() => import('./routes/coordinator/campaigns')),
              },
              {
                path: paths.app.campaign.path,
                lazy: lazyPage(() => import('./routes/coordinator/campaign')),
              },
              {
                path: paths.app.agreements.path,
                lazy: lazyPage(() => import('./routes/coordinator/agreements')),
              },
            ],
          },
          {
            element: <RequireRole roles={['coordinator', 'admin']} />,
            children: [
              {
                path: paths.app.newMarketGuide.path,
                lazy: lazyPage(() => import('./routes/coordinator/market-guide-new')),
              },
              {
                path: paths.app.editMarketGuide.path,
                lazy: lazyPage(() => import('./routes/coordinator/market-guide-edit')),
              },
              {
                path: paths.app.newCampaign.path,
                lazy: lazyPage(() => import('./routes/coordinator/campaign-new')),
              },
              {
                path: paths.app.editCampaign.path,
                lazy: lazyPage(() => import('./routes/coordinator/campaign-edit')),
              },
            ],
          },
          // Events and B2B meetings: everyone signed in reads events (members register there);
          // parties keep their agenda; coordinators create events, run the grid and the KPIs.
          {
            element: <RequireRole roles={['producer', 'distributor', 'coordinator', 'admin']} />,
            children: [
              {
                path: paths.app.events.path,
                lazy: lazyPage(() => import('./routes/app/events')),
              },
              {
                path: paths.app.event.path,
                lazy: lazyPage(() => import('./routes/app/event')),
              },
              {
                path: paths.app.agenda.path,
                lazy: lazyPage(() => import('./routes/app/agenda')),
              },
            ],
          },
          {
            element: <RequireRole roles={['coordinator', 'admin']} />,
            children: [
              {
                path: paths.app.newEvent.path,
                lazy: lazyPage(() => import('./routes/coordinator/event-new')),
              },
              {
                path: paths.app.editEvent.path,
                lazy: lazyPage(() => import('./routes/coordinator/event-edit')),
              },
              {
                path: paths.app.meetingGrid.path,
                lazy: lazyPage(() => import('./routes/coordinator/meeting-grid')),
              },
              {
                path: paths.app.kpis.path,
                lazy: lazyPage(() => import('./routes/coordinator/kpis')),
              },
            ],
          },
          {
            element: <RequireRole roles={['admin']} />,
            children: [
              {
                path: paths.app.adminUsers.path,
                lazy: lazyPage(() => import('./routes/admin/users')),
              },
            ],
          },
          { path: '*', lazy: lazyPage(() => import('./routes/not-found')) },
        ],
      },
      {
        element: <PublicLayout />,
        children: [{ path: '*', lazy: lazyPage(() => import('./routes/not-found')) }],
      },
    ],
  },
];

/**
 * Before hydrating a server-rendered page, its routes' modules are loaded and put in place: the
 * router would otherwise render its loading fallback first, which is not what the server sent.
 */
export async function loadRoutesFor(location: string) {
  await Promise.all(
    (matchRoutes(routes, location) ?? []).map(async ({ route }) => {
      if (typeof route.lazy !== 'function') return;
      const loaded = await route.lazy();
      Object.assign(route, loaded);
      delete route.lazy;
    }),
  );
}

/**
 * The browser's router, made before the first render (main.tsx) rather than during it: ranking
 * every route is one of the longest single steps of a page's start, and inside the render it
 * lengthened one of hydration's slices.
 */
export const createAppRouter = () => createBrowserRouter(routes);

export type AppRouterInstance = ReturnType<typeof createAppRouter>;

export function AppRouter({ router }: { router: AppRouterInstance }) {
  // An expired session sends the person to login without reloading the page.
  useEffect(() => {
    setLoginRedirect((href) => void router.navigate(href, { replace: true }));
    return () => setLoginRedirect(null);
  }, [router]);

  return <RouterProvider router={router} />;
}
